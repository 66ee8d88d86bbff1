using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using SageMakerRules.Agent.Telemetry;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Tests.Execution;

public sealed class AgentMetricsTests
{
    private static readonly TestRule Rule = new(
        "PumpRetrain",
        "pump-retrain",
        TriggerOptions.Default with
        {
            MaxRunningPerKey = 1,
        }
    );

    [Fact]
    public async Task HandleAsync_MixedOutcomes_CountsMatchedStartedSkippedFailedAndCompleted()
    {
        await using var harness = await RunnerHarness.StartAsync([Rule]);
        var matched = Collect(harness.Metrics, "sagemakerrules.agent.events.matched");
        var started = Collect(harness.Metrics, "sagemakerrules.agent.triggers.started");
        var skipped = Collect(harness.Metrics, "sagemakerrules.agent.triggers.skipped");
        var failed = Collect(harness.Metrics, "sagemakerrules.agent.starts.failed");
        var completed = Collect(harness.Metrics, "sagemakerrules.agent.executions.completed");

        var first = await harness.MatchAsync(Rule, "pump-1", "evt-1");
        await harness.MatchAsync(Rule, "pump-1", "evt-2");
        harness.Fake.FailNextStarts(FakePipelinesClient.Validation("bad parameter"));
        await harness.MatchAsync(Rule, "pump-2", "evt-3");
        harness.Fake.SetStatus(first.ExecutionArn!, PipelineExecutionStatus.Stopped);
        await harness.AdvanceUntilAsync(() => harness.Runner.InFlightCount == 0, TimeSpan.FromSeconds(10));

        Assert.Equal(3, Sum(matched, "rule", "PumpRetrain"));
        Assert.Equal(1, Sum(started, "rule", "PumpRetrain"));
        Assert.Equal(1, Sum(skipped, "reason", "KeyBusy"));
        Assert.Equal(1, Sum(failed, "code", "ValidationException"));
        Assert.Equal(1, Sum(completed, "status", "Stopped"));
    }

    [Fact]
    public void EventReceivedAndInvalid_AreCounted()
    {
        using var metrics = new AgentMetrics();
        var received = Collect(metrics, "sagemakerrules.agent.events.received");
        var invalid = Collect(metrics, "sagemakerrules.agent.events.invalid");

        metrics.EventReceived();
        metrics.EventReceived();
        metrics.EventInvalid(EventErrorKind.MalformedJson);

        Assert.Equal(2, received.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal(1, Sum(invalid, "kind", "MalformedJson"));
        Assert.Equal(AgentMetrics.MeterName, metrics.Meter.Name);
    }

    private static MetricCollector<long> Collect(AgentMetrics metrics, string instrument) =>
        new(metrics.Meter, instrument);

    private static long Sum(MetricCollector<long> collector, string tag, string value) =>
        collector
            .GetMeasurementSnapshot()
            .Where(m => m.Tags.TryGetValue(tag, out var found) && Equals(found, value))
            .Sum(m => m.Value);
}
