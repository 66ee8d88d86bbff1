using System.CommandLine;
using SageMakerRules.Cli.Common;
using SageMakerRules.Cli.Run;

namespace SageMakerRules.Cli.Commands;

/// <summary>
/// <c>run --rules &lt;files or folders&gt; [--events &lt;file&gt; | -]</c>: the agent's loop from the command line.
/// </summary>
internal static class RunCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">The standard streams.</param>
    /// <param name="environment">Reads an environment variable.</param>
    public static Command Create(CliConsole console, Func<string, string?> environment)
    {
        var rules = new Option<string[]>("--rules")
        {
            Description = "Rule files (.yaml, .yml) or folders of them.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var events = new Option<string>("--events")
        {
            Description = "Events as JSON lines or one JSON array: a file, or '-' for standard input (the default).",
            DefaultValueFactory = _ => "-",
        };
        var errors = new Option<string?>("--errors")
        {
            Description = "Write error records (JSON lines) to this file instead of standard error.",
        };
        var wait = new Option<bool>("--wait") { Description = "Watch started executions to the end before exiting." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no progress and no summary." };
        var triggeredOnly = new Option<bool>("--triggered-only")
        {
            Description = "Write only events that triggered a rule (and completions), not every event.",
        };
        var stateDirectory = new Option<string?>("--state-dir")
        {
            Description = "Keep in-flight executions and trigger state in this directory, across runs.",
        };
        var target = new TargetOptions();
        var command = new Command("run", "Run events through the rules: start, watch and report pipeline executions.")
        {
            rules,
            events,
            errors,
            wait,
            quiet,
            triggeredOnly,
            stateDirectory,
        };
        target.AddTo(command);
        command.SetAction(
            (parse, cancellation) =>
            {
                var request = new RunRequest(
                    parse.GetRequiredValue(rules),
                    parse.GetValue(events) ?? "-",
                    parse.GetValue(errors),
                    parse.GetValue(wait),
                    parse.GetValue(quiet),
                    parse.GetValue(triggeredOnly),
                    parse.GetValue(stateDirectory)
                );
                var verbose = parse.GetValue(GlobalOptions.Verbose);
                return new RunSession(request, console, verbose).RunAsync(
                    connect: pipelines =>
                        new TargetResolver(target, environment).OpenAsync(
                            parse,
                            pipelines,
                            console.Error,
                            request.Quiet
                        ),
                    usesPipelinesFile: parse.GetValue(target.PipelinesFile) is not null,
                    cancellation
                );
            }
        );
        return command;
    }
}
