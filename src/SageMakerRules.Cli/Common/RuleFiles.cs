using SageMakerRules.Compiler;

namespace SageMakerRules.Cli.Common;

/// <summary>Finds and reads the rule files named on the command line.</summary>
internal static class RuleFiles
{
    private static readonly string[] _pipelinesFileNames = ["pipelines.yaml", "pipelines.yml"];

    /// <summary>Throws a <see cref="CliException"/> naming the first path that does not exist.</summary>
    /// <param name="paths">Files or folders.</param>
    public static void EnsureExist(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new CliException($"rule file or folder not found: {path}");
            }
        }
    }

    /// <summary>
    /// Reads the rule files as the compiler finds them: a file whatever its name; a folder's <c>.yaml</c> and
    /// <c>.yml</c> files, recursively, in ordinal order, leaving out the local endpoint's pipelines file.
    /// </summary>
    /// <param name="paths">Files or folders that exist.</param>
    public static IReadOnlyList<RuleSource> Read(IEnumerable<string> paths) =>
        [.. paths.SelectMany(Expand).Select(path => new RuleSource(path, File.ReadAllText(path)))];

    /// <summary>Names the paths for a summary line.</summary>
    /// <param name="paths">Files or folders.</param>
    public static string Describe(IReadOnlyCollection<string> paths) =>
        paths.Count == 1 ? paths.First() : $"{paths.Count} paths";

    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path)
            ? Directory
                .EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(IsRuleFile)
                .Where(file => !_pipelinesFileNames.Contains(Path.GetFileName(file), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
            : [path];

    private static bool IsRuleFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
