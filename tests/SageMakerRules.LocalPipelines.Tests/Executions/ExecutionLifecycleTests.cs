using Microsoft.Extensions.Time.Testing;
using SageMakerRules.LocalPipelines.Executions;

namespace SageMakerRules.LocalPipelines.Tests.Executions;

public sealed class ExecutionLifecycleTests
{
    private readonly FakeTimeProvider _clock = new(StoreBuilder.Start);

    [Fact]
    public void Snapshot_JustStarted_ExecutingWithFirstStepExecuting()
    {
        var execution = StoreBuilder.Store(_clock).StartExecution(StoreBuilder.Request("a"), out _);

        var snapshot = execution.Snapshot(_clock.GetUtcNow());

        Assert.Equal(ExecutionStatus.Executing, snapshot.Status);
        Assert.Equal([("Prepare", ExecutionStatus.Executing)], Steps(snapshot));
    }

    [Fact]
    public void Snapshot_TwoMinutesIn_FirstStepSucceededSecondExecuting()
    {
        var execution = StoreBuilder.Store(_clock).StartExecution(StoreBuilder.Request("a"), out _);
        _clock.Advance(TimeSpan.FromMinutes(2));

        var snapshot = execution.Snapshot(_clock.GetUtcNow());

        Assert.Equal([("Prepare", ExecutionStatus.Succeeded), ("Train", ExecutionStatus.Executing)], Steps(snapshot));
        Assert.Equal(StoreBuilder.Start.AddMinutes(1), snapshot.Steps[0].EndTime);
        Assert.Null(snapshot.Steps[1].EndTime);
    }

    [Fact]
    public void Snapshot_AfterAllSteps_SucceededAtLastStepEnd()
    {
        var execution = StoreBuilder.Store(_clock).StartExecution(StoreBuilder.Request("a"), out _);
        _clock.Advance(TimeSpan.FromMinutes(5));

        var snapshot = execution.Snapshot(_clock.GetUtcNow());

        Assert.Equal(ExecutionStatus.Succeeded, snapshot.Status);
        Assert.Equal(StoreBuilder.Start.AddMinutes(5), snapshot.LastModifiedTime);
        Assert.All(snapshot.Steps, step => Assert.Equal(ExecutionStatus.Succeeded, step.Status));
    }

    [Fact]
    public void Snapshot_CertainFailureOfTrain_FailedWithReasonAndFailedStep()
    {
        var store = StoreBuilder.Store(_clock, StoreBuilder.Pipeline(1.0, "Train"));
        var execution = store.StartExecution(StoreBuilder.Request("a"), out _);
        _clock.Advance(TimeSpan.FromMinutes(4));

        var snapshot = execution.Snapshot(_clock.GetUtcNow());

        Assert.Equal(ExecutionStatus.Failed, snapshot.Status);
        Assert.Equal("Step failure: One or multiple steps failed.", snapshot.FailureReason);
        Assert.Equal([("Prepare", ExecutionStatus.Succeeded), ("Train", ExecutionStatus.Failed)], Steps(snapshot));
        Assert.Contains("'Train'", snapshot.Steps[1].FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Snapshot_FailureBeforeFailingStepEnds_StillExecuting()
    {
        var store = StoreBuilder.Store(_clock, StoreBuilder.Pipeline(1.0, "Train"));
        var execution = store.StartExecution(StoreBuilder.Request("a"), out _);
        _clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(ExecutionStatus.Executing, execution.Snapshot(_clock.GetUtcNow()).Status);
    }

    [Fact]
    public void StartExecution_HalfFailureProbabilitySameSeed_SameOutcomesInStartOrder()
    {
        var first = Outcomes(StoreBuilder.Store(new FakeTimeProvider(StoreBuilder.Start), StoreBuilder.Pipeline(0.5)));
        var second = Outcomes(StoreBuilder.Store(new FakeTimeProvider(StoreBuilder.Start), StoreBuilder.Pipeline(0.5)));

        Assert.Equal(first, second);
        Assert.Contains(true, first);
        Assert.Contains(false, first);
    }

    [Fact]
    public void StopExecution_WhileExecuting_StoppingThenStopped()
    {
        var store = StoreBuilder.Store(_clock);
        var execution = store.StartExecution(StoreBuilder.Request("a"), out _);
        _clock.Advance(TimeSpan.FromMinutes(2));

        store.StopExecution(execution.Arn, new string('s', 32));
        var stopping = execution.Snapshot(_clock.GetUtcNow());
        _clock.Advance(TimeSpan.FromSeconds(20));
        var stopped = execution.Snapshot(_clock.GetUtcNow());

        Assert.Equal(ExecutionStatus.Stopping, stopping.Status);
        Assert.Equal(ExecutionStatus.Stopping, stopping.Steps[1].Status);
        Assert.Equal(ExecutionStatus.Stopped, stopped.Status);
        Assert.Equal([("Prepare", ExecutionStatus.Succeeded), ("Train", ExecutionStatus.Stopped)], Steps(stopped));
    }

    [Fact]
    public void StopExecution_AfterSuccess_ValidationOnlyExecutingCanBeStopped()
    {
        var store = StoreBuilder.Store(_clock);
        var execution = store.StartExecution(StoreBuilder.Request("a"), out _);
        _clock.Advance(TimeSpan.FromMinutes(10));

        var error = Assert.Throws<Protocol.ApiException>(() => store.StopExecution(execution.Arn, new string('s', 32)));

        Assert.Equal("Only pipelines with 'Executing' status can be stopped", error.Message);
    }

    [Fact]
    public void StopExecution_SameTokenTwice_SecondAnsweredWithoutError()
    {
        var store = StoreBuilder.Store(_clock);
        var execution = store.StartExecution(StoreBuilder.Request("a"), out _);
        store.StopExecution(execution.Arn, new string('s', 32));
        _clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Same(execution, store.StopExecution(execution.Arn, new string('s', 32)));
    }

    private static List<(string, string)> Steps(ExecutionSnapshot snapshot) =>
        [.. snapshot.Steps.Select(step => (step.Name, step.Status))];

    private static List<bool> Outcomes(PipelineStore store) =>
        [
            .. Enumerable
                .Range(0, 20)
                .Select(i => store.StartExecution(StoreBuilder.Request($"token{i}"), out _).FailingStep is not null),
        ];
}
