namespace SageMakerRules.Compiler.Loading;

/// <summary>Expands files and folders into the rule files they hold.</summary>
/// <remarks>
/// In a folder, <c>pipelines.yaml</c> (or <c>.yml</c>) is the local endpoint's pipeline catalogue, not a rule, and is
/// left out; named explicitly, any file is compiled.
/// </remarks>
internal static class RuleFileFinder
{
    private static readonly string[] _catalogueNames = ["pipelines.yaml", "pipelines.yml"];

    public static bool IsRuleFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A file is taken as given; a folder yields its .yaml and .yml files, recursively, in ordinal order.
    /// </summary>
    public static IEnumerable<string> Expand(IEnumerable<string> filesOrFolders)
    {
        foreach (var path in filesOrFolders)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in InFolder(path))
                {
                    yield return file;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                throw new FileNotFoundException($"The rule file or folder '{path}' does not exist.", path);
            }
        }
    }

    private static IEnumerable<string> InFolder(string folder) =>
        Directory
            .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(IsRuleFile)
            .Where(path => !_catalogueNames.Contains(Path.GetFileName(path), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
}
