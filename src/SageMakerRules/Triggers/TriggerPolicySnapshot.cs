namespace SageMakerRules.Triggers;

/// <summary>
/// The persisted state of a <see cref="TriggerPolicy{TItem}"/>: the keys' cooldown, edge and debounce state, least
/// recently used first. Running counts and queued items are not part of it: they are restored from the executions
/// and queued triggers the runner keeps (<see cref="TriggerPolicy{TItem}.RestoreRunning"/>,
/// <see cref="TriggerPolicy{TItem}.RestoreQueued"/>).
/// </summary>
/// <param name="RuleName">The rule the state belongs to.</param>
/// <param name="Keys">The keys, least recently used first.</param>
public sealed record TriggerPolicySnapshot(string RuleName, IReadOnlyList<TriggerKeySnapshot> Keys);
