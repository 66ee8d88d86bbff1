namespace SageMakerRules.Triggers;

/// <summary>The mutable state of one trigger key inside a policy; guarded by the policy's lock.</summary>
internal sealed class TriggerKeyState(string key)
{
    public string Key { get; } = key;

    public DateTimeOffset? LastTriggeredAt { get; set; }

    public bool ConditionHeld { get; set; }

    public int MatchStreak { get; set; }

    public DateTimeOffset? StreakStartedAt { get; set; }

    public bool EdgeConsumed { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public int Running { get; set; }

    public int Queued { get; set; }

    public LinkedListNode<TriggerKeyState>? RecencyNode { get; set; }

    /// <summary>Whether the key can be forgotten without losing a running execution or a queued trigger.</summary>
    public bool IsIdle => Running == 0 && Queued == 0;

    public void ResetRun()
    {
        ConditionHeld = false;
        MatchStreak = 0;
        StreakStartedAt = null;
        EdgeConsumed = false;
    }

    public TriggerKeySnapshot ToSnapshot() =>
        new(Key, LastTriggeredAt, ConditionHeld, MatchStreak, StreakStartedAt, EdgeConsumed, LastSeenAt);

    public void Apply(TriggerKeySnapshot snapshot)
    {
        LastTriggeredAt = snapshot.LastTriggeredAt;
        ConditionHeld = snapshot.ConditionHeld;
        MatchStreak = snapshot.MatchStreak;
        StreakStartedAt = snapshot.StreakStartedAt;
        EdgeConsumed = snapshot.EdgeConsumed;
        LastSeenAt = snapshot.LastSeenAt;
    }
}
