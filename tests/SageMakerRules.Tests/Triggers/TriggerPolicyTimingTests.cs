using SageMakerRules.Triggers;

namespace SageMakerRules.Tests.Triggers;

public sealed class TriggerPolicyTimingTests
{
    private readonly PolicyFixture _fixture = new();

    [Fact]
    public void Evaluate_DefaultOptions_EveryMatchFires()
    {
        var policy = _fixture.Policy(TriggerOptions.Default);

        var decisions = Enumerable.Range(0, 3).Select(i => policy.Evaluate("pump-1", true, $"event-{i}")).ToList();

        Assert.All(decisions, decision => Assert.Equal(TriggerDecisionKind.Fire, decision.Kind));
        Assert.Equal(3, policy.Running);
    }

    [Fact]
    public void Evaluate_NotMatched_ReturnsNotMatchedAndHoldsNoSlot()
    {
        var policy = _fixture.Policy(TriggerOptions.Default);

        var decision = policy.Evaluate("pump-1", false, "event");

        Assert.Equal(TriggerDecisionKind.NotMatched, decision.Kind);
        Assert.Equal(0, policy.Running);
        Assert.Equal(0, _fixture.Gate.Running);
    }

    [Fact]
    public void Evaluate_WithinCooldown_SkipsWithTimesInMessage()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(cooldown: TimeSpan.FromMinutes(30)));
        policy.Evaluate("pump-1", true, "first");
        _fixture.Clock.Advance(TimeSpan.FromMinutes(10));

        var decision = policy.Evaluate("pump-1", true, "second");

        Assert.Equal(TriggerDecisionKind.Skip, decision.Kind);
        Assert.Equal(TriggerSkipReason.Cooldown, decision.SkipReason);
        Assert.Equal(
            "Rule 'PumpRetrain' is cooling down for key 'pump-1': it last triggered at "
                + "2026-12-03T10:00:00.0000000+00:00 and can trigger again from 2026-12-03T10:30:00.0000000+00:00.",
            decision.Message
        );
    }

    [Fact]
    public void Evaluate_CooldownPassed_FiresAgain()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(cooldown: TimeSpan.FromMinutes(30)));
        policy.Evaluate("pump-1", true, "first");
        _fixture.Clock.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(TriggerDecisionKind.Fire, policy.Evaluate("pump-1", true, "second").Kind);
    }

    [Fact]
    public void Evaluate_CooldownOfOneKey_DoesNotHoldBackAnotherKey()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(cooldown: TimeSpan.FromMinutes(30)));
        policy.Evaluate("pump-1", true, "first");

        Assert.Equal(TriggerDecisionKind.Fire, policy.Evaluate("pump-2", true, "second").Kind);
        Assert.Equal(TriggerDecisionKind.Skip, policy.Evaluate("pump-1", true, "third").Kind);
    }

    [Fact]
    public void Evaluate_RisingEdge_FiresOnlyWhenConditionBecomesTrue()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(edge: TriggerEdge.Rising));

        var first = policy.Evaluate("pump-1", true, "a");
        var held = policy.Evaluate("pump-1", true, "b");
        policy.Evaluate("pump-1", false, "c");
        var again = policy.Evaluate("pump-1", true, "d");

        Assert.Equal(TriggerDecisionKind.Fire, first.Kind);
        Assert.Equal(TriggerSkipReason.ConditionStillTrue, held.SkipReason);
        Assert.Contains("rising edge", held.Message, StringComparison.Ordinal);
        Assert.Equal(TriggerDecisionKind.Fire, again.Kind);
    }

    [Fact]
    public void Evaluate_RisingEdgeBlockedByCooldown_DoesNotFireLaterInTheSameRun()
    {
        var policy = _fixture.Policy(
            PolicyFixture.Options(edge: TriggerEdge.Rising, cooldown: TimeSpan.FromMinutes(5))
        );
        policy.Evaluate("pump-1", true, "a");
        policy.Evaluate("pump-1", false, "b");
        var blocked = policy.Evaluate("pump-1", true, "c");
        _fixture.Clock.Advance(TimeSpan.FromMinutes(10));

        var later = policy.Evaluate("pump-1", true, "d");

        Assert.Equal(TriggerSkipReason.Cooldown, blocked.SkipReason);
        Assert.Equal(TriggerSkipReason.ConditionStillTrue, later.SkipReason);
    }

    [Fact]
    public void Evaluate_DebounceEvents_FiresOnTheNthConsecutiveMatch()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(debounceEvents: 3));

        var first = policy.Evaluate("pump-1", true, "a");
        var second = policy.Evaluate("pump-1", true, "b");
        var third = policy.Evaluate("pump-1", true, "c");

        Assert.Equal(TriggerSkipReason.Debouncing, first.SkipReason);
        Assert.Contains("1 of 3 consecutive matching events", first.Message, StringComparison.Ordinal);
        Assert.Equal(TriggerSkipReason.Debouncing, second.SkipReason);
        Assert.Equal(TriggerDecisionKind.Fire, third.Kind);
    }

    [Fact]
    public void Evaluate_DebounceInterruptedByNonMatch_StartsCountingAgain()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(debounceEvents: 2));
        policy.Evaluate("pump-1", true, "a");
        policy.Evaluate("pump-1", false, "b");

        var afterReset = policy.Evaluate("pump-1", true, "c");
        var next = policy.Evaluate("pump-1", true, "d");

        Assert.Equal(TriggerSkipReason.Debouncing, afterReset.SkipReason);
        Assert.Equal(TriggerDecisionKind.Fire, next.Kind);
    }

    [Fact]
    public void Evaluate_DebounceDuration_FiresOnceHeldLongEnough()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(debounceDuration: TimeSpan.FromMinutes(2)));
        var first = policy.Evaluate("pump-1", true, "a");
        _fixture.Clock.Advance(TimeSpan.FromSeconds(90));
        var early = policy.Evaluate("pump-1", true, "b");
        _fixture.Clock.Advance(TimeSpan.FromSeconds(30));

        var held = policy.Evaluate("pump-1", true, "c");

        Assert.Equal(TriggerSkipReason.Debouncing, first.SkipReason);
        Assert.Contains("00:01:30 of 00:02:00", early.Message, StringComparison.Ordinal);
        Assert.Equal(TriggerDecisionKind.Fire, held.Kind);
    }

    [Fact]
    public void Evaluate_DebounceEventsAndDuration_NeedsBoth()
    {
        var policy = _fixture.Policy(
            PolicyFixture.Options(debounceEvents: 2, debounceDuration: TimeSpan.FromMinutes(1))
        );
        policy.Evaluate("pump-1", true, "a");
        var enoughEvents = policy.Evaluate("pump-1", true, "b");
        _fixture.Clock.Advance(TimeSpan.FromMinutes(1));

        var both = policy.Evaluate("pump-1", true, "c");

        Assert.Equal(TriggerSkipReason.Debouncing, enoughEvents.SkipReason);
        Assert.Equal(TriggerDecisionKind.Fire, both.Kind);
    }

    [Fact]
    public void Evaluate_RisingEdgeWithDebounce_FiresOncePerRunAfterDebounce()
    {
        var policy = _fixture.Policy(PolicyFixture.Options(edge: TriggerEdge.Rising, debounceEvents: 2));

        var kinds = new[] { true, true, true, false, true, true }
            .Select((matched, i) => policy.Evaluate("pump-1", matched, $"e{i}"))
            .Select(decision => decision.SkipReason?.ToString() ?? decision.Kind.ToString())
            .ToList();

        Assert.Equal(["Debouncing", "Fire", "ConditionStillTrue", "NotMatched", "Debouncing", "Fire"], kinds);
    }
}
