namespace SageMakerRules.Cli.Common;

/// <summary>Checks the rule paths given on the command line before compiling them.</summary>
internal static class RuleFiles
{
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

    /// <summary>Names the paths for a summary line.</summary>
    /// <param name="paths">Files or folders.</param>
    public static string Describe(IReadOnlyCollection<string> paths) =>
        paths.Count == 1 ? paths.First() : $"{paths.Count} paths";
}
