namespace SageMakerRules.Generators.Tests.Schema;

/// <summary>Finds files of the repository (schema, examples, fixtures) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> _root = new(FindRoot);

    public static string Root => _root.Value;

    public static string SchemaPath => Path.Combine(Root, "schemas", "sagemaker-rules.schema.json");

    public static string InvalidFixturesFolder =>
        Path.Combine(Root, "tests", "SageMakerRules.Generators.Tests", "Schema", "Invalid");

    public static IEnumerable<string> ExampleRules() =>
        Directory
            .EnumerateFiles(Path.Combine(Root, "examples"), "*.*", SearchOption.AllDirectories)
            .Where(IsRuleFile)
            .Where(path => Path.GetFileName(path) != "pipelines.yaml")
            .Order(StringComparer.Ordinal);

    public static IEnumerable<string> InvalidFixtures() =>
        Directory.EnumerateFiles(InvalidFixturesFolder, "*.yaml").Order(StringComparer.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static bool IsRuleFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "SageMakerRules.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName
            ?? throw new InvalidOperationException("SageMakerRules.sln was not found above the test folder.");
    }
}
