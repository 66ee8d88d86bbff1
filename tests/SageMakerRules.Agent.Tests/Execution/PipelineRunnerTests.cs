using SageMakerRules.Agent.Execution;
using SageMakerRules.SageMaker;
using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.Tests.Execution;

public sealed class PipelineRunnerTests
{
    private static readonly TestRule Rule = new("PumpRetrain", "pump-retrain");

    [Fact]
    public async Task HandleAsync_Matched_StartsWithDerivedTokenAndParameters()
    {
        await using var harness = await RunnerHarness.StartAsync([Rule]);

        var result = await harness.MatchAsync(Rule, "pump-7", "evt-1");

        Assert.Equal(TriggerResultKind.Started, result.Kind);
        var request = Assert.Single(harness.Fake.StartRequests);
        Assert.Equal(result.ExecutionArn, harness.Fake.Executions.Single().Arn);
        Assert.Equal(IdempotencyToken.Derive("PumpRetrain", "pump-retrain", "id:evt-1"), request.ClientRequestToken);
        Assert.Equal(request.ClientRequestToken, result.IdempotencyToken);
        Assert.Equal("run-pump-7", request.PipelineExecutionDisplayName);
        Assert.Equal([new Parameter("AssetId", "pump-7")], request.PipelineParameters);
        Assert.Equal(RunnerHarness.Start, result.TriggeredAt);
    }

    [Fact]
    public async Task HandleAsync_RedeliveredEventWhileWatched_SkipsAsDuplicateWithoutSecondStart()
    {
        await using var harness = await RunnerHarness.StartAsync([Rule]);
        var first = await harness.MatchAsync(Rule, "pump-7", "evt-1");

        var again = await harness.MatchAsync(Rule, "pump-7", "evt-1");

        Assert.Equal(TriggerResultKind.Skipped, again.Kind);
        Assert.Equal(TriggerSkipReason.Duplicate, again.SkipReason);
        Assert.Contains(first.ExecutionArn!, again.SkipMessage, StringComparison.Ordinal);
        Assert.Equal(1, harness.Fake.Calls("StartPipelineExecution"));
    }

    [Fact]
    public async Task HandleAsync_SameEventInTwoRunners_StartsOneExecution()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(RunnerHarness.Start);
        var sageMaker = new FakePipelinesClient(clock);
        await using var first = await RunnerHarness.StartAsync([Rule], clock: clock, client: sageMaker);
        await using var second = await RunnerHarness.StartAsync([Rule], clock: clock, client: sageMaker);

        var one = await first.MatchAsync(Rule, "pump-7", "evt-1");
        var two = await second.MatchAsync(Rule, "pump-7", "evt-1");

        Assert.Equal(one.ExecutionArn, two.ExecutionArn);
        Assert.Single(sageMaker.Executions);
    }

    [Fact]
    public async Task HandleAsync_Succeeded_PublishesCompletionAndFreesTheSlot()
    {
        var rule = new TestRule("PumpRetrain", "pump-retrain", TriggerOptions.Default with { MaxRunningPerKey = 1 });
        await using var harness = await RunnerHarness.StartAsync([rule]);
        var started = await harness.MatchAsync(rule, "pump-7", "evt-1");
        var busy = await harness.MatchAsync(rule, "pump-7", "evt-2");
        harness.Fake.SetStatus(started.ExecutionArn!, PipelineExecutionStatus.Succeeded);

        await harness.AdvanceUntilAsync(() => harness.Runner.InFlightCount == 0, TimeSpan.FromSeconds(10));
        var completion = await Eventually.ReadAsync(harness.Runner.Completions);
        var afterwards = await harness.MatchAsync(rule, "pump-7", "evt-3");

        Assert.Equal(TriggerSkipReason.KeyBusy, busy.SkipReason);
        Assert.Equal(CompletionStatus.Succeeded, completion.Status);
        Assert.True(completion.Succeeded);
        Assert.Equal(started.ExecutionArn, completion.ExecutionArn);
        Assert.Equal("pump-7", completion.TriggerKey);
        Assert.Contains("evt-1", completion.Event.ToJson(), StringComparison.Ordinal);
        Assert.Equal(RunnerHarness.Start.AddSeconds(30), completion.CompletedAt);
        Assert.Equal(TriggerResultKind.Started, afterwards.Kind);
    }

    [Fact]
    public async Task HandleAsync_PollIntervalOverride_ReplacesTheRulesPollInterval()
    {
        var options = new PipelineRunnerOptions { PollIntervalOverride = TimeSpan.FromSeconds(1) };
        await using var harness = await RunnerHarness.StartAsync([Rule], options);
        var started = await harness.MatchAsync(Rule, "pump-7", "evt-1");
        harness.Fake.SetStatus(started.ExecutionArn!, PipelineExecutionStatus.Succeeded);

        await harness.AdvanceUntilAsync(() => harness.Runner.InFlightCount == 0, TimeSpan.FromSeconds(1));
        var completion = await Eventually.ReadAsync(harness.Runner.Completions);

        // The rule polls every 30 s; the override sees the end within a couple of one-second polls.
        Assert.True(completion.CompletedAt <= RunnerHarness.Start.AddSeconds(2), completion.CompletedAt.ToString("O"));
    }

    [Fact]
    public async Task HandleAsync_ExecutionFails_CompletionNamesFailedStepAndReason()
    {
        await using var harness = await RunnerHarness.StartAsync([Rule]);
        var started = await harness.MatchAsync(Rule, "pump-7", "evt-1");
        harness.Fake.SetStatus(started.ExecutionArn!, PipelineExecutionStatus.Failed, "ClientError: no data", "Train");

        await harness.AdvanceUntilAsync(() => harness.Runner.InFlightCount == 0, TimeSpan.FromSeconds(10));
        var completion = await Eventually.ReadAsync(harness.Runner.Completions);

        Assert.Equal(CompletionStatus.Failed, completion.Status);
        Assert.False(completion.Succeeded);
        Assert.Equal("Train", completion.FailedStep);
        Assert.Equal("ClientError: no data", completion.FailureReason);
    }

    [Fact]
    public async Task HandleAsync_TimeoutWithStop_StopsWithDerivedTokenAndReportsTimedOut()
    {
        var monitor = MonitorOptions.Default with { Timeout = TimeSpan.FromMinutes(2), StopOnTimeout = true };
        var rule = new TestRule("PumpRetrain", "pump-retrain", monitor: monitor);
        await using var harness = await RunnerHarness.StartAsync([rule]);
        var started = await harness.MatchAsync(rule, "pump-7", "evt-1");

        await harness.AdvanceUntilAsync(() => harness.Runner.InFlightCount == 0, TimeSpan.FromSeconds(10));
        var completion = await Eventually.ReadAsync(harness.Runner.Completions);

        Assert.Equal(CompletionStatus.TimedOut, completion.Status);
        Assert.Contains("00:02:00", completion.FailureReason, StringComparison.Ordinal);
        Assert.Contains("asked SageMaker to stop it", completion.FailureReason, StringComparison.Ordinal);
        var stop = Assert.Single(harness.Fake.StopRequests);
        Assert.Equal(started.ExecutionArn, stop.PipelineExecutionArn);
        Assert.Equal(IdempotencyToken.ForStop(started.IdempotencyToken!), stop.ClientRequestToken);
    }

    [Fact]
    public async Task HandleAsync_WaitFalse_PublishesNoCompletionButFreesTheSlot()
    {
        var rule = new TestRule(
            "PumpRetrain",
            "pump-retrain",
            TriggerOptions.Default with
            {
                MaxRunningPerKey = 1,
            },
            MonitorOptions.Default with
            {
                Wait = false,
            }
        );
        await using var harness = await RunnerHarness.StartAsync([rule]);
        var started = await harness.MatchAsync(rule, "pump-7", "evt-1");
        harness.Fake.SetStatus(started.ExecutionArn!, PipelineExecutionStatus.Succeeded);

        await harness.AdvanceUntilAsync(() => harness.Runner.InFlightCount == 0, TimeSpan.FromSeconds(10));

        Assert.False(harness.Runner.Completions.TryRead(out _));
        Assert.Equal(TriggerResultKind.Started, (await harness.MatchAsync(rule, "pump-7", "evt-2")).Kind);
    }

    [Fact]
    public async Task HandleAsync_QueuedTrigger_StartsWhenAnExecutionEndsAndArrivesDeferred()
    {
        var trigger = TriggerOptions.Default with { MaxRunning = 1, WhenBusy = BusyBehavior.Queue };
        var rule = new TestRule("PumpRetrain", "pump-retrain", trigger);
        await using var harness = await RunnerHarness.StartAsync([rule]);
        var first = await harness.MatchAsync(rule, "pump-7", "evt-1");
        var queued = await harness.MatchAsync(rule, "pump-8", "evt-2");
        harness.Fake.SetStatus(first.ExecutionArn!, PipelineExecutionStatus.Succeeded);

        await harness.AdvanceUntilAsync(() => harness.Fake.Executions.Count == 2, TimeSpan.FromSeconds(10));
        var deferred = await Eventually.ReadAsync(harness.Runner.DeferredResults);

        Assert.Equal(TriggerResultKind.Queued, queued.Kind);
        Assert.Equal(TriggerSkipReason.RuleBusy, queued.SkipReason);
        Assert.Equal(TriggerResultKind.Started, deferred.Kind);
        Assert.True(deferred.IsDeferred);
        Assert.Equal("pump-8", deferred.TriggerKey);
        Assert.Equal(harness.Fake.Executions[1].Arn, deferred.ExecutionArn);
    }

    [Fact]
    public async Task HandleAsync_RisingEdge_NotMatchedEvaluationRearmsTheKey()
    {
        var rule = new TestRule(
            "PumpRetrain",
            "pump-retrain",
            TriggerOptions.Default with
            {
                Edge = TriggerEdge.Rising,
            }
        );
        await using var harness = await RunnerHarness.StartAsync([rule]);
        await harness.MatchAsync(rule, "pump-7", "evt-1");
        var held = await harness.MatchAsync(rule, "pump-7", "evt-2");

        var notMatched = await harness.Runner.HandleAsync(
            rule,
            RuleEvaluation.NotMatched("pump-7"),
            RunnerHarness.Event("pump-7", "evt-3"),
            CancellationToken.None
        );
        var rearmed = await harness.MatchAsync(rule, "pump-7", "evt-4");

        Assert.Equal(TriggerSkipReason.ConditionStillTrue, held.SkipReason);
        Assert.Equal(TriggerResultKind.NotMatched, notMatched.Kind);
        Assert.Equal(TriggerResultKind.Started, rearmed.Kind);
    }

    [Fact]
    public async Task HandleAsync_InvalidEvaluation_ReturnsFailedWithTheEventError()
    {
        await using var harness = await RunnerHarness.StartAsync([Rule]);
        var error = new EventError(EventErrorKind.WrongType, "vibration", "a number", "a string", "vibration: bad");

        var result = await harness.Runner.HandleAsync(
            Rule,
            RuleEvaluation.Invalid(error),
            RunnerHarness.Event("pump-7", "evt-1"),
            CancellationToken.None
        );

        Assert.Equal(TriggerResultKind.Failed, result.Kind);
        Assert.Equal("WrongType", result.ErrorCode);
        Assert.Equal("vibration: bad", result.ErrorMessage);
        Assert.Equal(0, harness.Fake.TotalCalls);
    }

    [Fact]
    public async Task DisposeAsync_CalledTwice_DoesNotThrow()
    {
        var harness = await RunnerHarness.StartAsync([Rule]);

        await harness.Runner.DisposeAsync();
        await harness.Runner.DisposeAsync();
        await harness.DisposeAsync();
    }
}
