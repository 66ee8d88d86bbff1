using System.CommandLine;
using Microsoft.Extensions.Logging;
using SageMakerRules.Cli.Common;
using SageMakerRules.LocalPipelines;

namespace SageMakerRules.Cli.Commands;

/// <summary><c>local</c>: runs the local SageMaker endpoint stand-alone until Ctrl+C.</summary>
internal static class LocalCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    public static Command Create(CliConsole console)
    {
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1 (default: a free port, printed at start).",
        };
        var pipelines = new Option<FileInfo?>("--pipelines")
        {
            Description = "A YAML or JSON file declaring the pipelines (see docs/local-endpoint.md).",
        };
        var command = new Command("local", "Run the local SageMaker endpoint for other tools to use.")
        {
            port,
            pipelines,
        };
        command.SetAction(
            (parse, cancellation) =>
                RunAsync(
                    new LocalRequest(
                        parse.GetValue(port),
                        parse.GetValue(pipelines),
                        parse.GetValue(GlobalOptions.Verbose)
                    ),
                    console,
                    cancellation
                )
        );
        return command;
    }

    private sealed record LocalRequest(int Port, FileInfo? PipelinesFile, bool Verbose);

    private static async Task<int> RunAsync(LocalRequest request, CliConsole console, CancellationToken cancel)
    {
        if (request.PipelinesFile is { Exists: false } file)
        {
            throw new CliException($"pipelines file not found: {file.FullName}");
        }

        // With --verbose the endpoint logs every call on standard error (never secrets).
        using var logging = LoggerFactory.Create(builder =>
            builder
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
                .SetMinimumLevel(request.Verbose ? LogLevel.Information : LogLevel.None)
        );
        var options = new LocalPipelinesOptions
        {
            Port = request.Port,
            PipelinesFile = request.PipelinesFile?.FullName,
            LoggerFactory = logging,
        };
        var server = await LocalPipelinesServer.StartAsync(options, cancel);
        console.Out.WriteLine($"Local SageMaker endpoint listening on {server.Endpoint}");
        console.Out.WriteLine(
            $"Region {server.Region}; sign with access key id {server.Credential.AccessKeyId} and the local-only "
                + "secret from docs/local-endpoint.md. Ctrl+C stops it."
        );
        console.Out.Flush();
        await server.RunUntilCancelledAsync(cancel);
        console.Error.WriteLine("Local SageMaker endpoint stopped.");
        return ExitCodes.Success;
    }
}
