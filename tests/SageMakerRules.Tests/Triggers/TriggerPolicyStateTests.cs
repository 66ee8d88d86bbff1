using System.Text.Json;
using SageMakerRules.Triggers;

namespace SageMakerRules.Tests.Triggers;

public sealed class TriggerPolicyStateTests
{
    private readonly PolicyFixture _fixture = new();

    [Fact]
    public void Evaluate_MoreKeysThanTheLimit_EvictsTheLeastRecentlyUsedIdleKey()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(cooldown: TimeSpan.FromHours(1)), maxKeys: 2);
        policy.Evaluate("pump-1", true, "a");
        policy.Release("pump-1");
        policy.Evaluate("pump-2", true, "b");
        policy.Release("pump-2");
        policy.Evaluate("pump-1", false, "touch pump-1 so that pump-2 is the least recently used");

        policy.Evaluate("pump-3", true, "c");

        Assert.Equal(2, policy.TrackedKeys);
        Assert.Equal(TriggerSkipReason.Cooldown, policy.Evaluate("pump-1", true, "d").SkipReason);
        Assert.Equal(TriggerDecisionKind.Fire, policy.Evaluate("pump-2", true, "e").Kind);
    }

    [Fact]
    public void Evaluate_KeyWithRunningExecution_IsNotEvicted()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(perKey: 1), maxKeys: 1);
        policy.Evaluate("pump-1", true, "running");

        policy.Evaluate("pump-2", false, "new key");

        Assert.Equal(2, policy.TrackedKeys);
        Assert.Equal(TriggerSkipReason.KeyBusy, policy.Evaluate("pump-1", true, "busy").SkipReason);
    }

    [Fact]
    public void Evaluate_ManyKeys_StaysWithinTheLimit()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(edge: TriggerEdge.Rising), maxKeys: 50);

        for (var i = 0; i < 10_000; i++)
        {
            var decision = policy.Evaluate($"pump-{i}", true, "e");
            policy.Release(decision.Key);
        }

        Assert.Equal(50, policy.TrackedKeys);
    }

    [Fact]
    public void Restore_SnapshotThroughJson_KeepsCooldownEdgeAndDebounce()
    {
        var options = PolicyFixture.Options(
            cooldown: TimeSpan.FromMinutes(30),
            edge: TriggerEdge.Rising,
            debounceEvents: 2
        );
        var before = _fixture.Policy(options);
        before.Evaluate("cooling", true, "a");
        before.Evaluate("cooling", true, "b");
        before.Evaluate("debouncing", true, "c");
        var json = JsonSerializer.Serialize(before.Snapshot());

        var after = _fixture.Policy(options);
        after.Restore(JsonSerializer.Deserialize<TriggerPolicySnapshot>(json)!);

        Assert.Equal(TriggerSkipReason.ConditionStillTrue, after.Evaluate("cooling", true, "d").SkipReason);
        Assert.Equal(TriggerDecisionKind.Fire, after.Evaluate("debouncing", true, "e").Kind);
        after.Evaluate("cooling", false, "f");
        after.Evaluate("cooling", true, "g");
        Assert.Equal(TriggerSkipReason.Cooldown, after.Evaluate("cooling", true, "h").SkipReason);
    }

    [Fact]
    public void Snapshot_ListsKeysLeastRecentlyUsedFirst()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(edge: TriggerEdge.Rising));
        policy.Evaluate("pump-1", false, "a");
        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        policy.Evaluate("pump-2", false, "b");
        _fixture.Clock.Advance(TimeSpan.FromSeconds(1));
        policy.Evaluate("pump-1", true, "c");

        var snapshot = policy.Snapshot();

        Assert.Equal(["pump-2", "pump-1"], snapshot.Keys.Select(key => key.Key));
        Assert.True(snapshot.Keys[1].ConditionHeld);
        Assert.Equal(PolicyFixture.Start.AddSeconds(2), snapshot.Keys[1].LastSeenAt);
    }

    [Fact]
    public void RestoreRunningAndQueued_CountAgainstLimitsAndRelease()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(perKey: 1, whenBusy: BusyBehavior.Queue));
        policy.RestoreRunning("pump-1");
        policy.RestoreQueued("pump-1", "queued before the restart");

        var busy = policy.Evaluate("pump-1", true, "new");
        var released = policy.Release("pump-1");

        Assert.Equal(TriggerDecisionKind.Queue, busy.Kind);
        Assert.Equal(["queued before the restart"], released);
        Assert.Equal(1, _fixture.Gate.Running);
    }

    [Fact]
    public void Version_ChangesWhenStateChanges()
    {
        var policy = _fixture.Policy(TriggerOptions.Default);
        var initial = policy.Version;

        policy.Evaluate("pump-1", false, "a");

        Assert.NotEqual(initial, policy.Version);
    }
}
