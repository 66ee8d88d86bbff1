using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using SageMakerRules.Cli.Tests.Infrastructure;

namespace SageMakerRules.Cli.Tests;

public sealed partial class RunStreamingAndSummaryTests
{
    private const string QueueRule = """
        version: 1
        name: QueueOnePerPump
        pipeline:
          name: pump-retrain
        event:
          asset_id: string
          vibration: double
        when: vibration > 7
        parameters:
          AssetId: "{asset_id}"
        trigger:
          key: asset_id
          concurrency: { perKey: 1, whenBusy: queue }
        """;

    [Fact]
    public async Task Run_EventsOnOpenStandardInput_WritesResultsBeforeInputEnds()
    {
        using var rules = new TempFolder();
        rules.Write("queue.yaml", QueueRule);
        using var run = CliProcess.Start(["run", "--rules", rules.Path, "--events", "-", "--quiet"]);

        await run.Input.WriteLineAsync("""{"asset_id":"P-1","vibration":1.5}""");
        await run.Input.FlushAsync();
        await run.WaitForOutputAsync("\"Outcome\":\"NotMatched\"");

        Assert.False(run.HasExited, run.ErrorSoFar);
        Assert.Contains("\"asset_id\":\"P-1\"", run.OutputSoFar);
        run.Input.Close();
        var result = await run.WaitAsync();
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Single(result.OutputLines);
    }

    [Fact]
    public async Task Run_QueuedTriggerReleasedLater_CountsTheEventAsMatchedOnce()
    {
        using var rules = new TempFolder();
        rules.Write("queue.yaml", QueueRule);
        var events = """
            {"asset_id":"P-1","vibration":9.1}
            {"asset_id":"P-1","vibration":9.4}
            """;

        var result = await CliProcess.RunAsync(
            ["run", "--rules", rules.Path, "--events", "-", "--wait"],
            input: events + "\n"
        );

        Assert.True(result.ExitCode == 0, result.ToString());
        var outcomes = result.OutputLines.Select(line => (string?)JObject.Parse(line)["Outcome"]).ToList();
        Assert.Equal(["Started", "Queued", "Succeeded", "Started", "Succeeded"], outcomes);
        Assert.Equal(2, Count(result, "read"));
        Assert.Equal(2, Count(result, "matched"));
        Assert.Equal(2, Count(result, "started"));
        Assert.Equal(1, Count(result, "skipped or queued"));
        Assert.Equal(2, Count(result, "succeeded"));
        Assert.Equal(0, Count(result, "error records"));
    }

    private static int Count(CliResult result, string row)
    {
        var line = result.ErrorLines.Single(line => SummaryRow().Match(line).Groups["name"].Value == row);
        return int.Parse(SummaryRow().Match(line).Groups["count"].Value);
    }

    [GeneratedRegex(@"^(?<name>[a-z ]+?)\s+(?<count>\d+)$")]
    private static partial Regex SummaryRow();
}
