namespace SageMakerRules.Cli.Tests.Infrastructure;

/// <summary>Paths in the repository the tests run from.</summary>
public static class Repository
{
    /// <summary>The folder holding SageMakerRules.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The pump monitoring example.</summary>
    public static string Example => Path.Combine(Root, "examples", "pump-monitoring");

    /// <summary>The built command, from the same configuration as the tests.</summary>
    public static string CliAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var path = Path.Combine(
                Root,
                "src",
                "SageMakerRules.Cli",
                "bin",
                configuration,
                "net10.0",
                "sagemaker-rules.dll"
            );
            return File.Exists(path) ? path : throw new FileNotFoundException("Build the CLI first.", path);
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SageMakerRules.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("SageMakerRules.sln not found.");
    }
}
