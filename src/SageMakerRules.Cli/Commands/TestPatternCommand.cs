using System.CommandLine;
using SageMakerRules.Cli.Common;
using SageMakerRules.Compiler.Patterns;

namespace SageMakerRules.Cli.Commands;

/// <summary>
/// <c>test-pattern --pattern &lt;json or file&gt; --event &lt;json or file&gt;</c>: like EventBridge's
/// TestEventPattern. Exit 0 when the pattern matches, 1 when it does not, 2 when the pattern or event is invalid.
/// </summary>
internal static class TestPatternCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">The standard streams.</param>
    public static Command Create(CliConsole console)
    {
        var pattern = new Option<string>("--pattern")
        {
            Description = "The EventBridge event pattern: JSON text, or the path of a file holding it.",
            Required = true,
        };
        var @event = new Option<string>("--event")
        {
            Description = "The event: JSON text, or the path of a file holding it.",
            Required = true,
        };
        var command = new Command("test-pattern", "Test an event against an EventBridge event pattern.")
        {
            pattern,
            @event,
        };
        command.SetAction(parse =>
            Run(TextOrFile(parse.GetRequiredValue(pattern)), TextOrFile(parse.GetRequiredValue(@event)), console)
        );
        return command;
    }

    private static int Run(string pattern, string @event, CliConsole console)
    {
        var result = PatternTester.Test(pattern, @event);
        switch (result.Outcome)
        {
            case PatternTestOutcome.Match:
                console.Out.WriteLine("match");
                break;
            case PatternTestOutcome.NoMatch:
                console.Out.WriteLine("no match");
                break;
            default:
                console.Error.WriteLine($"sagemaker-rules: {result.Reason}");
                break;
        }

        return result.ExitCode;
    }

    private static string TextOrFile(string value)
    {
        var trimmed = value.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            return value;
        }

        return File.Exists(value)
            ? File.ReadAllText(value)
            : throw new CliException($"'{value}' is neither JSON text nor an existing file.");
    }
}
