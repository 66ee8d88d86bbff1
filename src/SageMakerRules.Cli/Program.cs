using SageMakerRules.Cli.Common;

namespace SageMakerRules.Cli;

/// <summary>The entry point of the <c>sagemaker-rules</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <returns>The process exit code: 0 success, 1 failure, 2 usage error, 130 interrupted.</returns>
    public static Task<int> Main(string[] args) =>
        CliApplication.RunAsync(args, CliConsole.System, Environment.GetEnvironmentVariable);
}
