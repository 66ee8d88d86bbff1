using System.CommandLine;
using SageMakerRules.Cli.Commands;
using SageMakerRules.Cli.Common;

namespace SageMakerRules.Cli;

/// <summary>Builds the command tree and runs one command line, turning each failure into one line and a code.</summary>
internal static class CliApplication
{
    /// <summary>Parses and runs <paramref name="args"/>.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="console">The standard streams.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string[] args, CliConsole console, Func<string, string?> environment)
    {
        var root = BuildRoot(console, environment);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            return ReportParseErrors(parse, console.Error);
        }
        var configuration = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            ProcessTerminationTimeout = null,
            Output = console.Out,
            Error = console.Error,
        };

        using var interrupt = new InterruptSignal();
        try
        {
            return await parse.InvokeAsync(configuration, interrupt.Token);
        }
        catch (OperationCanceledException) when (interrupt.Token.IsCancellationRequested)
        {
            console.Error.WriteLine("sagemaker-rules: interrupted.");
            return ExitCodes.Interrupted;
        }
        catch (Exception exception)
        {
            return ErrorReporter.Report(exception, console.Error, parse.GetValue(GlobalOptions.Verbose));
        }
    }

    private static int ReportParseErrors(ParseResult parse, TextWriter error)
    {
        foreach (var problem in parse.Errors)
        {
            error.WriteLine($"sagemaker-rules: {problem.Message}");
        }

        var command = string.Join(
            ' ',
            parse.CommandResult.Command.Name == parse.RootCommandResult.Command.Name
                ? ["sagemaker-rules"]
                : new[] { "sagemaker-rules", parse.CommandResult.Command.Name }
        );
        error.WriteLine($"Run '{command} --help' for usage.");
        return ExitCodes.UsageError;
    }

    private static RootCommand BuildRoot(CliConsole console, Func<string, string?> environment)
    {
        var root = new RootCommand(
            "SageMakerRules: start and watch Amazon SageMaker Pipeline executions from events, with rules in YAML."
        );
        root.Options.Add(GlobalOptions.Verbose);
        root.Subcommands.Add(ValidateCommand.Create(console));
        root.Subcommands.Add(RunCommand.Create(console, environment));
        root.Subcommands.Add(PipelinesCommand.Create(console, environment));
        root.Subcommands.Add(TestPatternCommand.Create(console));
        root.Subcommands.Add(LocalCommand.Create(console));
        return root;
    }
}
