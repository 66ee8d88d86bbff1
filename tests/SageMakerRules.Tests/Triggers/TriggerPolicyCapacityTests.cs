using SageMakerRules.Triggers;

namespace SageMakerRules.Tests.Triggers;

public sealed class TriggerPolicyCapacityTests
{
    private readonly PolicyFixture _fixture = new();

    [Fact]
    public void Evaluate_PerKeyLimitReached_SkipsKeyBusyUntilReleased()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(perKey: 1));
        policy.Evaluate("pump-1", true, "a");

        var busy = policy.Evaluate("pump-1", true, "b");
        var otherKey = policy.Evaluate("pump-2", true, "c");
        policy.Release("pump-1");
        var afterRelease = policy.Evaluate("pump-1", true, "d");

        Assert.Equal(TriggerSkipReason.KeyBusy, busy.SkipReason);
        Assert.Equal(
            "Rule 'PumpRetrain' already has 1 execution(s) running for key 'pump-1' (concurrency.perKey is 1).",
            busy.Message
        );
        Assert.Equal(TriggerDecisionKind.Fire, otherKey.Kind);
        Assert.Equal(TriggerDecisionKind.Fire, afterRelease.Kind);
    }

    [Fact]
    public void Evaluate_RuleTotalReached_SkipsRuleBusy()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(total: 2));
        policy.Evaluate("pump-1", true, "a");
        policy.Evaluate("pump-2", true, "b");

        var busy = policy.Evaluate("pump-3", true, "c");

        Assert.Equal(TriggerSkipReason.RuleBusy, busy.SkipReason);
        Assert.Equal(2, policy.Running);
    }

    [Fact]
    public void Evaluate_GateFullFromAnotherRule_SkipsAgentBusy()
    {
        var fixture = new PolicyFixture { Gate = new ConcurrencyGate(2) };
        var first = fixture.Policy(TriggerOptions.Default, rule: "First");
        var second = fixture.Policy(TriggerOptions.Default, rule: "Second");
        first.Evaluate(null, true, "a");
        first.Evaluate(null, true, "b");

        var busy = second.Evaluate(null, true, "c");

        Assert.Equal(TriggerSkipReason.AgentBusy, busy.SkipReason);
        Assert.Contains("already has 2 execution(s) running", busy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BusyWithQueue_QueuesAndReleaseHandsBackOldestFirst()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(total: 1, whenBusy: BusyBehavior.Queue));
        policy.Evaluate("pump-1", true, "running");

        var queued = policy.Evaluate("pump-2", true, "queued-1");
        policy.Evaluate("pump-3", true, "queued-2");
        var released = policy.Release("pump-1");

        Assert.Equal(TriggerDecisionKind.Queue, queued.Kind);
        Assert.Equal(TriggerSkipReason.RuleBusy, queued.SkipReason);
        Assert.Contains("queued at position 1", queued.Message, StringComparison.Ordinal);
        Assert.Equal(["queued-1"], released);
        Assert.Equal(1, policy.Running);
        Assert.Equal(1, policy.Queued);
    }

    [Fact]
    public void Evaluate_QueueFull_SkipsQueueFull()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(total: 1, whenBusy: BusyBehavior.Queue, queueCapacity: 1));
        policy.Evaluate("pump-1", true, "running");
        policy.Evaluate("pump-2", true, "queued");

        var full = policy.Evaluate("pump-3", true, "dropped");

        Assert.Equal(TriggerSkipReason.QueueFull, full.SkipReason);
        Assert.Contains("the queue is full (1 waiting)", full.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Release_OldestQueuedKeyStillBusy_ReleasesTheNextKey()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(perKey: 1, total: 2, whenBusy: BusyBehavior.Queue));
        policy.Evaluate("pump-1", true, "running-1");
        policy.Evaluate("pump-2", true, "running-2");
        policy.Evaluate("pump-1", true, "queued-for-1");
        policy.Evaluate("pump-3", true, "queued-for-3");

        var released = policy.Release("pump-2");

        Assert.Equal(["queued-for-3"], released);
        Assert.Equal(["queued-for-1"], policy.Release("pump-1"));
    }

    [Fact]
    public void ReleaseQueued_GateFreedByAnotherRule_ReleasesWaitingTrigger()
    {
        var fixture = new PolicyFixture { Gate = new ConcurrencyGate(1) };
        var first = fixture.Policy(TriggerOptions.Default, rule: "First");
        var second = fixture.Policy(PolicyFixture.Options(whenBusy: BusyBehavior.Queue), rule: "Second");
        first.Evaluate(null, true, "a");
        var queued = second.Evaluate("pump-1", true, "waiting");

        first.Release(null);
        var released = second.ReleaseQueued();

        Assert.Equal(TriggerSkipReason.AgentBusy, queued.SkipReason);
        Assert.Equal(["waiting"], released);
        Assert.Equal(1, fixture.Gate.Running);
    }

    [Fact]
    public void Cancel_FailedStart_GivesSlotBackAndRestoresCooldown()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(cooldown: TimeSpan.FromHours(1), perKey: 1));
        var fire = policy.Evaluate("pump-1", true, "a");

        policy.Cancel(fire);
        var retry = policy.Evaluate("pump-1", true, "b");

        Assert.Equal(TriggerDecisionKind.Fire, retry.Kind);
        Assert.Equal(1, policy.Running);
    }

    [Fact]
    public void TakeQueued_RemovesEveryQueuedTrigger()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(total: 1, whenBusy: BusyBehavior.Queue));
        policy.Evaluate("pump-1", true, "running");
        policy.Evaluate("pump-2", true, "queued-1");
        policy.Evaluate("pump-3", true, "queued-2");

        var taken = policy.TakeQueued();

        Assert.Equal(["queued-1", "queued-2"], taken);
        Assert.Equal(0, policy.Queued);
        Assert.Empty(policy.Release("pump-1"));
    }

    [Fact]
    public async Task Evaluate_ConcurrentCallers_NeverExceedTheLimits()
    {
        var fixture = new PolicyFixture { Gate = new ConcurrencyGate(5) };
        var policy = fixture.Policy(PolicyFixture.Options(perKey: 2));
        var fired = 0;

        await Task.WhenAll(
            Enumerable
                .Range(0, 8)
                .Select(worker =>
                    Task.Run(() =>
                    {
                        for (var i = 0; i < 500; i++)
                        {
                            var decision = policy.Evaluate($"pump-{i % 4}", true, "e");
                            if (decision.Kind == TriggerDecisionKind.Fire)
                            {
                                Interlocked.Increment(ref fired);
                                Assert.InRange(fixture.Gate.Running, 1, 5);
                                policy.Release(decision.Key);
                            }
                        }
                    })
                )
        );

        Assert.True(fired > 0);
        Assert.Equal(0, fixture.Gate.Running);
        Assert.Equal(0, policy.Running);
    }
}
