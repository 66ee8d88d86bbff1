namespace SageMakerRules;

/// <summary>The trigger policy of a rule, as written under <c>trigger:</c>. The runtime enforces it.</summary>
/// <param name="KeyField">
/// The field whose value partitions trigger state, or <see langword="null"/> for one key.
/// </param>
/// <param name="IdField">The field that identifies an event for idempotent starts, or <see langword="null"/>.</param>
/// <param name="Cooldown">The least time between two starts for the same key, or <see langword="null"/>.</param>
/// <param name="Edge">Whether the rule fires on every match or only on a rising edge.</param>
/// <param name="DebounceEvents">How many consecutive matching events a key needs before it fires.</param>
/// <param name="DebounceDuration">How long the condition must hold for a key before it fires.</param>
/// <param name="MaxRunningPerKey">The most executions running at once for one key.</param>
/// <param name="MaxRunning">The most executions running at once for the rule.</param>
/// <param name="WhenBusy">What happens to a trigger over a limit.</param>
/// <param name="QueueCapacity">The bound of the queue when <paramref name="WhenBusy"/> is queue.</param>
public sealed record TriggerOptions(
    string? KeyField,
    string? IdField,
    TimeSpan? Cooldown,
    TriggerEdge Edge,
    int? DebounceEvents,
    TimeSpan? DebounceDuration,
    int? MaxRunningPerKey,
    int? MaxRunning,
    BusyBehavior WhenBusy,
    int QueueCapacity
)
{
    /// <summary>The policy of a rule with no <c>trigger:</c> section: every match fires.</summary>
    public static TriggerOptions Default { get; } =
        new(null, null, null, TriggerEdge.None, null, null, null, null, BusyBehavior.Skip, 100);

    /// <summary>Whether the runtime must see every event of a key, matching or not.</summary>
    public bool TracksEveryEvent =>
        Edge == TriggerEdge.Rising || DebounceEvents is not null || DebounceDuration is not null;
}
