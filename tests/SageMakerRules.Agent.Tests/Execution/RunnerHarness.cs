using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Telemetry;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Tests.Execution;

/// <summary>
/// A runner on a fake clock and a fake SageMaker, with helpers to feed it events and wait for results.
/// </summary>
internal sealed class RunnerHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    private RunnerHarness(
        FakeTimeProvider clock,
        ISageMakerPipelinesClient client,
        PipelineRunner runner,
        AgentMetrics metrics
    )
    {
        Clock = clock;
        Client = client;
        Runner = runner;
        Metrics = metrics;
    }

    public FakeTimeProvider Clock { get; }

    public ISageMakerPipelinesClient Client { get; }

    public FakePipelinesClient Fake => (FakePipelinesClient)Client;

    public PipelineRunner Runner { get; }

    public AgentMetrics Metrics { get; }

    public static async Task<RunnerHarness> StartAsync(
        IEnumerable<IRule> rules,
        PipelineRunnerOptions? options = null,
        FakeTimeProvider? clock = null,
        ISageMakerPipelinesClient? client = null,
        ILogger? logger = null
    )
    {
        clock ??= new FakeTimeProvider(Start);
        client ??= new FakePipelinesClient(clock);
        var metrics = new AgentMetrics();
        var runner = new PipelineRunner(
            options ?? new PipelineRunnerOptions(),
            rules,
            client,
            clock,
            logger ?? NullLogger.Instance,
            metrics
        );
        await runner.InitializeAsync(CancellationToken.None);
        return new RunnerHarness(clock, client, runner, metrics);
    }

    public static EventPayload Event(string assetId, string eventId) =>
        EventPayload.FromJson($$"""{"asset_id":"{{assetId}}","event_id":"{{eventId}}","vibration":7.5}""");

    public ValueTask<TriggerResult> MatchAsync(TestRule rule, string assetId, string eventId) =>
        Runner.HandleAsync(rule, rule.Match(assetId, eventId), Event(assetId, eventId), CancellationToken.None);

    /// <summary>
    /// Advances the fake clock in steps until <paramref name="done"/> holds (real time bounds the wait).
    /// </summary>
    public async Task AdvanceUntilAsync(Func<bool> done, TimeSpan step, int maxSteps = 1000)
    {
        for (var i = 0; i < maxSteps && !done(); i++)
        {
            Clock.Advance(step);
            await Eventually.SettleAsync();
        }

        Assert.True(done(), "The condition did not hold after advancing the fake clock.");
    }

    public async ValueTask DisposeAsync()
    {
        await Runner.DisposeAsync();
        Metrics.Dispose();
    }
}
