namespace SageMakerRules.Triggers;

/// <summary>
/// The persisted state of one trigger key: what a restarted process needs to keep deciding the same way.
/// </summary>
/// <param name="Key">The trigger key (empty text for a rule without a key).</param>
/// <param name="LastTriggeredAt">When the key last fired or queued a trigger, for the cooldown.</param>
/// <param name="ConditionHeld">Whether the condition was true for the key at its last evaluation.</param>
/// <param name="MatchStreak">How many consecutive evaluations matched, for the debounce.</param>
/// <param name="StreakStartedAt">When the current run of matches began, for the debounce duration.</param>
/// <param name="EdgeConsumed">Whether a rising-edge rule already used the current run of matches.</param>
/// <param name="LastSeenAt">When the key was last evaluated, which orders keys for eviction.</param>
public sealed record TriggerKeySnapshot(
    string Key,
    DateTimeOffset? LastTriggeredAt,
    bool ConditionHeld,
    int MatchStreak,
    DateTimeOffset? StreakStartedAt,
    bool EdgeConsumed,
    DateTimeOffset LastSeenAt
);
