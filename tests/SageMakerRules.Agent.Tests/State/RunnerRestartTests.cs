using Microsoft.Extensions.Time.Testing;
using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Tests.Execution;
using SageMakerRules.SageMaker;
using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.Tests.State;

public sealed class RunnerRestartTests : IDisposable
{
    private static readonly TestRule Rule = new("PumpRetrain", "pump-retrain");
    private readonly StateDirectory _directory = new();
    private readonly FakeTimeProvider _clock = new(RunnerHarness.Start);
    private readonly FakePipelinesClient _sageMaker;

    public RunnerRestartTests() => _sageMaker = new FakePipelinesClient(_clock);

    [Fact]
    public async Task InitializeAsync_AfterDispose_ResumesMonitoringWithoutStartingAgain()
    {
        var first = await StartAsync(Rule);
        var started = new List<TriggerResult>();
        foreach (var asset in new[] { "pump-1", "pump-2", "pump-3" })
        {
            started.Add(await first.MatchAsync(Rule, asset, "evt-" + asset));
        }

        await first.DisposeAsync();
        await using var second = await StartAsync(Rule);
        foreach (var result in started)
        {
            _sageMaker.SetStatus(result.ExecutionArn!, PipelineExecutionStatus.Succeeded);
        }

        await second.AdvanceUntilAsync(() => second.Runner.InFlightCount == 0, TimeSpan.FromSeconds(10));
        var completions = await ReadAsync(second.Runner.Completions, 3);

        Assert.Equal(3, _sageMaker.Calls("StartPipelineExecution"));
        Assert.Equal(started.Select(r => r.ExecutionArn).Order(), completions.Select(c => c.ExecutionArn).Order());
        Assert.All(
            completions,
            c => Assert.Contains("evt-" + c.TriggerKey, c.Event.ToJson(), StringComparison.Ordinal)
        );
        Assert.All(completions, c => Assert.Equal(RunnerHarness.Start, c.TriggeredAt));
    }

    [Fact]
    public async Task InitializeAsync_AfterKill_ResumesFromWhatWasWrittenBeforeEachStart()
    {
        var killedClock = new FakeTimeProvider(RunnerHarness.Start);
        var killed = await RunnerHarness.StartAsync([Rule], Options(), killedClock, _sageMaker);
        var started = await killed.MatchAsync(Rule, "pump-1", "evt-1");

        // The first runner is never disposed: nothing is flushed, as when the process is killed.
        await using var second = await StartAsync(Rule);
        _sageMaker.SetStatus(started.ExecutionArn!, PipelineExecutionStatus.Failed, "OOM", "Train");
        await second.AdvanceUntilAsync(() => second.Runner.InFlightCount == 0, TimeSpan.FromSeconds(10));
        var completion = await Eventually.ReadAsync(second.Runner.Completions);

        Assert.Equal(started.ExecutionArn, completion.ExecutionArn);
        Assert.Equal("Train", completion.FailedStep);
        Assert.Equal(1, _sageMaker.Calls("StartPipelineExecution"));
        await killed.DisposeAsync();
    }

    [Fact]
    public async Task InitializeAsync_StartInterruptedAfterSageMakerAccepted_ReissuesSameTokenAndStartsOnce()
    {
        var accepted = new TaskCompletionSource();
        _sageMaker.BeforeStart = async (request, cancellationToken) =>
        {
            _sageMaker.BeforeStart = null;
            _sageMaker.AddExecution(
                request.PipelineName,
                request.ClientRequestToken,
                PipelineExecutionStatus.Executing
            );
            accepted.SetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        };
        var first = await StartAsync(Rule);
        var interrupted = first.MatchAsync(Rule, "pump-1", "evt-1").AsTask();
        await accepted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await first.DisposeAsync();
        await using var second = await StartAsync(Rule);
        var resumed = await Eventually.ReadAsync(second.Runner.DeferredResults);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => interrupted);
        Assert.Equal(TriggerResultKind.Started, resumed.Kind);
        Assert.True(resumed.IsDeferred);
        Assert.Equal(_sageMaker.Executions.Single().Arn, resumed.ExecutionArn);
        Assert.Single(_sageMaker.StartRequests.Select(r => r.ClientRequestToken).Distinct());
        Assert.Equal(1, second.Runner.InFlightCount);
    }

    [Fact]
    public async Task InitializeAsync_QueuedTrigger_IsKeptAndStartsWhenCapacityFrees()
    {
        var rule = new TestRule(
            "PumpRetrain",
            "pump-retrain",
            TriggerOptions.Default with
            {
                MaxRunning = 1,
                WhenBusy = BusyBehavior.Queue,
            }
        );
        var first = await StartAsync(rule);
        var running = await first.MatchAsync(rule, "pump-1", "evt-1");
        var queued = await first.MatchAsync(rule, "pump-2", "evt-2");
        await first.DisposeAsync();

        await using var second = await StartAsync(rule);
        _sageMaker.SetStatus(running.ExecutionArn!, PipelineExecutionStatus.Succeeded);
        await second.AdvanceUntilAsync(() => _sageMaker.Executions.Count == 2, TimeSpan.FromSeconds(10));
        var released = await Eventually.ReadAsync(second.Runner.DeferredResults);

        Assert.Equal(TriggerResultKind.Queued, queued.Kind);
        Assert.Equal(TriggerResultKind.Started, released.Kind);
        Assert.Equal("pump-2", released.TriggerKey);
        Assert.Equal(queued.IdempotencyToken, released.IdempotencyToken);
    }

    [Fact]
    public async Task InitializeAsync_TriggerState_KeepsTheCooldownAcrossRestarts()
    {
        var rule = new TestRule(
            "PumpRetrain",
            "pump-retrain",
            TriggerOptions.Default with
            {
                Cooldown = TimeSpan.FromHours(1),
            }
        );
        var first = await StartAsync(rule);
        await first.MatchAsync(rule, "pump-1", "evt-1");
        await first.DisposeAsync();
        _clock.Advance(TimeSpan.FromMinutes(10));

        await using var second = await StartAsync(rule);
        var result = await second.MatchAsync(rule, "pump-1", "evt-2");

        Assert.Equal(TriggerSkipReason.Cooldown, result.SkipReason);
    }

    [Fact]
    public async Task InitializeAsync_WithoutStateDirectory_StopReportsQueuedTriggersAsNotStarted()
    {
        var rule = new TestRule(
            "PumpRetrain",
            "pump-retrain",
            TriggerOptions.Default with
            {
                MaxRunning = 1,
                WhenBusy = BusyBehavior.Queue,
            }
        );
        var harness = await RunnerHarness.StartAsync([rule], clock: _clock, client: _sageMaker);
        await harness.MatchAsync(rule, "pump-1", "evt-1");
        await harness.MatchAsync(rule, "pump-2", "evt-2");

        await harness.DisposeAsync();
        var lost = await Eventually.ReadAsync(harness.Runner.DeferredResults);

        Assert.Equal(TriggerResultKind.Failed, lost.Kind);
        Assert.Equal("AgentStopped", lost.ErrorCode);
        Assert.Contains("Set a state directory", lost.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_StateDirectoryIsAFile_ThrowsNamingTheDirectory()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_directory.Path)!);
        await File.WriteAllTextAsync(_directory.Path, "not a directory");
        await using var runner = new PipelineRunner(
            Options(),
            [Rule],
            _sageMaker,
            _clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance,
            new Telemetry.AgentMetrics()
        );

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            runner.InitializeAsync(CancellationToken.None)
        );

        Assert.StartsWith(
            $"The state directory '{_directory.Path}' cannot be used:",
            error.Message,
            StringComparison.Ordinal
        );
        File.Delete(_directory.Path);
    }

    [Fact]
    public async Task InitializeAsync_DamagedStateFile_ThrowsNamingTheFile()
    {
        Directory.CreateDirectory(_directory.Path);
        await File.WriteAllTextAsync(Path.Combine(_directory.Path, "sagemaker-rules-state.db"), "this is not SQLite");

        await using var runner = new PipelineRunner(
            Options(),
            [Rule],
            _sageMaker,
            _clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance,
            new Telemetry.AgentMetrics()
        );
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            runner.InitializeAsync(CancellationToken.None)
        );

        Assert.Contains("move it aside", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Dispose();

    private PipelineRunnerOptions Options() => new() { StateDirectory = _directory.Path };

    private Task<RunnerHarness> StartAsync(TestRule rule) =>
        RunnerHarness.StartAsync([rule], Options(), _clock, _sageMaker);

    private static async Task<List<T>> ReadAsync<T>(System.Threading.Channels.ChannelReader<T> reader, int count)
    {
        var items = new List<T>();
        for (var i = 0; i < count; i++)
        {
            items.Add(await Eventually.ReadAsync(reader));
        }

        return items;
    }
}
