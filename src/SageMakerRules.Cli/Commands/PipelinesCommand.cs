using System.CommandLine;
using System.Globalization;
using SageMakerRules.Cli.Common;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Cli.Commands;

/// <summary><c>pipelines list | describe &lt;name&gt; | executions &lt;name&gt;</c>.</summary>
internal static class PipelinesCommand
{
    /// <summary>Builds the command and its three subcommands.</summary>
    /// <param name="console">Where output goes.</param>
    /// <param name="environment">Reads an environment variable.</param>
    public static Command Create(CliConsole console, Func<string, string?> environment)
    {
        var command = new Command("pipelines", "Inspect SageMaker pipelines.");
        command.Subcommands.Add(List(console, environment));
        command.Subcommands.Add(
            WithName("describe", "Show a pipeline and the parameters of its definition.", Describe)
        );
        command.Subcommands.Add(WithName("executions", "List the executions of a pipeline, newest first.", Executions));
        return command;

        Command WithName(string name, string description, PipelineAction action)
        {
            var pipeline = new Argument<string>("pipeline") { Description = "The pipeline name or ARN." };
            var subcommand = new Command(name, description) { pipeline };
            Connect(
                subcommand,
                console,
                environment,
                (client, parse, cancel) => action(client, parse.GetRequiredValue(pipeline), console.Out, cancel)
            );
            return subcommand;
        }
    }

    private delegate Task PipelineAction(
        ISageMakerPipelinesClient client,
        string name,
        TextWriter output,
        CancellationToken cancel
    );

    private static Command List(CliConsole console, Func<string, string?> environment)
    {
        var command = new Command("list", "List the pipelines of the account and region.");
        Connect(command, console, environment, (client, _, cancel) => ListAsync(client, console.Out, cancel));
        return command;
    }

    private static void Connect(
        Command command,
        CliConsole console,
        Func<string, string?> environment,
        Func<ISageMakerPipelinesClient, ParseResult, CancellationToken, Task> action
    )
    {
        var target = new TargetOptions();
        target.AddTo(command);
        command.SetAction(
            async (parse, cancel) =>
            {
                await using var connection = await new TargetResolver(target, environment).OpenAsync(
                    parse,
                    [],
                    console.Error,
                    quiet: false
                );
                using var client = connection.CreateClient();
                try
                {
                    await action(client, parse, cancel);
                }
                catch (SageMakerPipelinesException rejected) when (IsSignInRefusal(rejected))
                {
                    var advice = CliSettingNames.SignInAdvice(connection.Credentials.Method);
                    throw new CliException($"{ErrorReporter.Answered(rejected)} {advice}", ExitCodes.Failure, rejected);
                }

                return ExitCodes.Success;
            }
        );
    }

    private static bool IsSignInRefusal(SageMakerPipelinesException exception) =>
        exception.ErrorCode is "UnrecognizedClientException" or "InvalidSignatureException" or "ExpiredTokenException";

    private static async Task ListAsync(ISageMakerPipelinesClient client, TextWriter output, CancellationToken cancel)
    {
        var table = new TextTable("NAME", "CREATED", "LAST EXECUTION", "DESCRIPTION");
        await foreach (var pipeline in client.ListAllPipelinesAsync(new ListPipelinesRequest(), cancel))
        {
            table.Add(
                pipeline.PipelineName,
                Time(pipeline.CreationTime),
                Time(pipeline.LastExecutionTime),
                pipeline.PipelineDescription
            );
        }

        table.WriteTo(output, "no pipelines");
    }

    private static async Task Describe(
        ISageMakerPipelinesClient client,
        string name,
        TextWriter output,
        CancellationToken cancel
    )
    {
        var pipeline = await client.DescribePipelineAsync(new DescribePipelineRequest { PipelineName = name }, cancel);
        output.WriteLine($"Name:        {pipeline.PipelineName}");
        output.WriteLine($"ARN:         {pipeline.PipelineArn}");
        output.WriteLine($"Status:      {pipeline.PipelineStatus}");
        output.WriteLine($"Description: {pipeline.PipelineDescription}");
        output.WriteLine($"Last run:    {Time(pipeline.LastRunTime)}");
        output.WriteLine();

        var table = new TextTable("PARAMETER", "TYPE", "DEFAULT");
        foreach (var parameter in PipelineDefinition.Parse(pipeline.PipelineDefinition ?? "{}"))
        {
            table.Add(parameter.Name, parameter.Type.ToString(), parameter.DefaultValue ?? "(required)");
        }

        table.WriteTo(output, "no parameters");
    }

    private static async Task Executions(
        ISageMakerPipelinesClient client,
        string name,
        TextWriter output,
        CancellationToken cancel
    )
    {
        var request = new ListPipelineExecutionsRequest { PipelineName = name };
        var table = new TextTable("EXECUTION ARN", "STATUS", "STARTED", "DISPLAY NAME", "FAILURE REASON");
        await foreach (var execution in client.ListAllPipelineExecutionsAsync(request, cancel))
        {
            table.Add(
                execution.PipelineExecutionArn,
                execution.PipelineExecutionStatus.ToString(),
                Time(execution.StartTime),
                execution.PipelineExecutionDisplayName,
                execution.PipelineExecutionFailureReason
            );
        }

        table.WriteTo(output, "no executions");
    }

    private static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "-";
}
