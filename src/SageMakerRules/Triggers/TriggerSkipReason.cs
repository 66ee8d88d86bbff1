namespace SageMakerRules.Triggers;

/// <summary>Why a matching event did not start an execution. The names are stable: metrics use them as tags.</summary>
public enum TriggerSkipReason
{
    /// <summary>The key triggered less than the rule's cooldown ago.</summary>
    Cooldown,

    /// <summary>
    /// A rising-edge rule: the condition was already true for the key and has not turned false since.
    /// </summary>
    ConditionStillTrue,

    /// <summary>The condition has not yet held for the debounce's number of events or duration.</summary>
    Debouncing,

    /// <summary>The key has as many executions running as the rule's per-key limit allows.</summary>
    KeyBusy,

    /// <summary>The rule has as many executions running as its total limit allows.</summary>
    RuleBusy,

    /// <summary>The agent has as many executions running as its overall limit (the account's quota) allows.</summary>
    AgentBusy,

    /// <summary>The runner was busy and the rule's queue was full.</summary>
    QueueFull,

    /// <summary>
    /// The same event (same idempotency token) has already started an execution that is still watched.
    /// </summary>
    Duplicate,
}
