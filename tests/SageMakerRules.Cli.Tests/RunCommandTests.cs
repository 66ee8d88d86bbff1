using Newtonsoft.Json.Linq;
using SageMakerRules.Cli.Tests.Infrastructure;

namespace SageMakerRules.Cli.Tests;

public sealed class RunCommandTests
{
    private static readonly string Events = Path.Combine(Repository.Example, "events.jsonl");

    [Fact]
    public async Task Run_ExampleOnLocalTargetWithWait_StartsAndFinishesExecutions()
    {
        var result = await CliProcess.RunAsync(["run", "--rules", Repository.Example, "--events", Events, "--wait"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var outputs = result.OutputLines.Select(JObject.Parse).ToList();
        var started = outputs.Where(output => (string?)output["Outcome"] == "Started").ToList();
        Assert.NotEmpty(started);
        Assert.All(started, output => Assert.StartsWith("arn:aws:sagemaker:", (string?)output["ExecutionArn"]));
        var finished = outputs.Where(output => output["CompletedAt"] is JValue { Value: not null }).ToList();
        Assert.Equal(started.Count, finished.Count);
        Assert.All(finished, output => Assert.Equal("Succeeded", (string?)output["ExecutionStatus"]));
        Assert.Contains("Using a local SageMaker endpoint", result.Error);
        Assert.Contains("error records", result.Error);
    }

    [Fact]
    public async Task Run_EventsFromStandardInput_OneOutputPerEventAndMalformedLineAsErrorRecord()
    {
        var lines = File.ReadLines(Events).Take(20).ToList();
        lines.Insert(5, "{ this is not json");

        var result = await CliProcess.RunAsync(
            ["run", "--rules", Repository.Example, "--events", "-", "--quiet"],
            input: string.Join('\n', lines) + "\n"
        );

        Assert.Equal(1, result.ExitCode);
        Assert.True(result.OutputLines.Count >= 20, result.ToString());
        var record = JObject.Parse(Assert.Single(result.ErrorLines));
        Assert.Contains("Malformed", (string?)record["error"]);
    }

    [Fact]
    public async Task Run_RuleWithErrors_PrintsDiagnosticsAndExitsOne()
    {
        using var folder = new TempFolder();
        folder.Write("broken.yaml", "version: 1\nname: Broken\npipeline:\n  name: bad_name\nevent: {}\n");

        var result = await CliProcess.RunAsync(["run", "--rules", folder.Path, "--events", Events]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, line => line.Contains("broken.yaml(4,") && line.Contains("error SMR"));
        Assert.Empty(result.OutputLines);
    }

    [Fact]
    public async Task Run_MissingEventsFile_OneLineErrorExitTwo()
    {
        var result = await CliProcess.RunAsync(["run", "--rules", Repository.Example, "--events", "missing.jsonl"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sagemaker-rules: events file not found: missing.jsonl", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Run_Interrupted_FinishesWithSummaryAndExit130()
    {
        using var run = CliProcess.Start(["run", "--rules", Repository.Example, "--events", "-"]);
        foreach (var line in File.ReadLines(Events).Take(10))
        {
            await run.Input.WriteLineAsync(line);
        }

        await run.Input.FlushAsync();
        await run.WaitForErrorAsync("Using a local SageMaker endpoint");
        run.Interrupt();
        var result = await run.WaitAsync();

        Assert.True(result.ExitCode == 130, result.ToString());
        Assert.Contains("error records", result.Error);
    }

    [Fact]
    public async Task Run_AgainstStandAloneLocalEndpoint_WithTargetAwsAndEndpointUrl()
    {
        using var state = new TempFolder();
        var port = FreePort.Find();
        var pipelines = Path.Combine(Repository.Example, "pipelines.yaml");
        using var local = CliProcess.Start(["local", "--port", port.ToString(), "--pipelines", pipelines]);
        await WaitUntilListeningAsync(port);
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIALOCALDEVELOPMENT",
            ["AWS_SECRET_ACCESS_KEY"] = "LocalPipelinesDevelopmentSecretNotForAws",
        };

        var result = await CliProcess.RunAsync(
            [
                "run",
                "--rules",
                Repository.Example,
                "--events",
                Events,
                "--target",
                "aws",
                "--region",
                "us-east-1",
                "--auth",
                "access-key",
                "--endpoint-url",
                $"http://127.0.0.1:{port}",
                "--quiet",
                // Queued triggers outlive this run in the state directory instead of ending as error records.
                "--state-dir",
                state.Path,
            ],
            environment: environment
        );

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.OutputLines, line => line.Contains("\"Outcome\":\"Started\""));
        Assert.DoesNotContain("LocalPipelinesDevelopmentSecretNotForAws", result.Output + result.Error);
        local.Interrupt();
        Assert.Equal(0, (await local.WaitAsync()).ExitCode);
    }

    internal static async Task WaitUntilListeningAsync(int port)
    {
        using var ceiling = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (true)
        {
            try
            {
                using var client = new System.Net.Sockets.TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port, ceiling.Token);
                return;
            }
            catch (System.Net.Sockets.SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), ceiling.Token);
            }
        }
    }
}
