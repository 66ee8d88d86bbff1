namespace SageMakerRules.Triggers;

/// <summary>
/// The decision of a <see cref="TriggerPolicy{TItem}"/> for one evaluation, with a reason a user can read.
/// </summary>
/// <param name="Kind">What to do with the trigger.</param>
/// <param name="Key">The trigger key the decision concerns (empty text for a rule without a key).</param>
/// <param name="SkipReason">Why the trigger was skipped or queued, or <see langword="null"/> when it fires.</param>
/// <param name="Message">A sentence explaining a skip or a queue; empty when the trigger fires or did not
/// match.</param>
/// <param name="DecidedAt">When the decision was taken, on the policy's clock.</param>
public readonly record struct TriggerDecision(
    TriggerDecisionKind Kind,
    string Key,
    TriggerSkipReason? SkipReason,
    string Message,
    DateTimeOffset DecidedAt
)
{
    /// <summary>
    /// Whether the evaluation changed what a restarted process needs to decide the same way (the cooldown's last
    /// trigger, a consumed or re-armed rising edge, debounce progress). A caller with a durable store writes the
    /// key's <see cref="TriggerPolicy{TItem}.SnapshotKey"/> before it acts on the decision.
    /// </summary>
    public bool StateChanged { get; init; }

    /// <summary>The key's previous trigger time, so that a cancelled start can restore the cooldown.</summary>
    internal DateTimeOffset? PreviousTriggeredAt { get; init; }
}
