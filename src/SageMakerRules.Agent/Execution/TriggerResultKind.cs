namespace SageMakerRules.Agent.Execution;

/// <summary>How the runner handled one rule evaluation.</summary>
public enum TriggerResultKind
{
    /// <summary>
    /// The rule did not match; nothing to publish (the trigger's edge and debounce state were updated).
    /// </summary>
    NotMatched,

    /// <summary>An execution was started (or an earlier start with the same token was found).</summary>
    Started,

    /// <summary>The trigger did not start an execution; the skip reason and message say why.</summary>
    Skipped,

    /// <summary>
    /// The trigger waits in the rule's queue; its final result arrives on the deferred results channel.
    /// </summary>
    Queued,

    /// <summary>The start failed; the error code and message say why and what to fix.</summary>
    Failed,
}
