using SageMakerRules.Triggers;

namespace SageMakerRules.Tests.Triggers;

/// <summary><see cref="TriggerDecision.StateChanged"/> tells a durable caller exactly when to write a key.</summary>
public sealed class TriggerPolicyDurabilityTests
{
    private readonly PolicyFixture _fixture = new();

    [Fact]
    public void Evaluate_RisingEdge_ReportsTheFireAndTheReArmOnly()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(edge: TriggerEdge.Rising));

        var fire = policy.Evaluate("pump-1", true, "hot");
        var stillTrue = policy.Evaluate("pump-1", true, "still hot");
        var rearm = policy.Evaluate("pump-1", false, "cool");
        var stillFalse = policy.Evaluate("pump-1", false, "still cool");

        Assert.Equal(TriggerDecisionKind.Fire, fire.Kind);
        Assert.True(fire.StateChanged);
        Assert.Equal(TriggerSkipReason.ConditionStillTrue, stillTrue.SkipReason);
        Assert.False(stillTrue.StateChanged);
        Assert.True(rearm.StateChanged);
        Assert.False(stillFalse.StateChanged);
        Assert.False(policy.SnapshotKey("pump-1")!.EdgeConsumed);
    }

    [Fact]
    public void Evaluate_DebounceByEvents_ReportsEachStepOfTheRunUntilItFires()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(debounceEvents: 3, cooldown: TimeSpan.FromHours(1)));

        var decisions = Enumerable.Range(0, 4).Select(_ => policy.Evaluate("pump-1", true, "hot")).ToList();

        Assert.Equal([true, true, true, false], decisions.Select(decision => decision.StateChanged));
        Assert.Equal(TriggerDecisionKind.Fire, decisions[2].Kind);
        Assert.Equal(TriggerSkipReason.Cooldown, decisions[3].SkipReason);
    }

    [Fact]
    public void Evaluate_CooldownOnly_MatchesInTheCooldownChangeNothingDurable()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(cooldown: TimeSpan.FromMinutes(30)));
        var fire = policy.Evaluate("pump-1", true, "hot");
        policy.Release("pump-1");

        var skip = policy.Evaluate("pump-1", true, "hot again");

        Assert.True(fire.StateChanged);
        Assert.Equal(TriggerSkipReason.Cooldown, skip.SkipReason);
        Assert.False(skip.StateChanged);
        Assert.Equal(PolicyFixture.Start, policy.SnapshotKey("pump-1")!.LastTriggeredAt);
    }

    [Fact]
    public void Restore_FullSnapshotThenNewerKey_TheKeyWins()
    {
        var before = _fixture.Policy(PolicyFixture.Options(edge: TriggerEdge.Rising));
        before.Evaluate("pump-1", true, "hot");
        var full = before.Snapshot();
        before.Evaluate("pump-1", false, "cool");
        var newer = before.SnapshotKey("pump-1")!;
        var after = _fixture.Policy(PolicyFixture.Options(edge: TriggerEdge.Rising));

        after.Restore(full);
        after.Restore(new TriggerPolicySnapshot(full.RuleName, [newer]));

        Assert.Equal(TriggerDecisionKind.Fire, after.Evaluate("pump-1", true, "hot again").Kind);
        Assert.Null(after.SnapshotKey("pump-2"));
    }
}
