namespace SageMakerRules.Triggers;

/// <summary>What a trigger policy decided for one evaluation of a rule.</summary>
public enum TriggerDecisionKind
{
    /// <summary>The rule did not match; the key's edge and debounce state were updated and nothing fires.</summary>
    NotMatched,

    /// <summary>Start an execution now; a running slot has been reserved for it.</summary>
    Fire,

    /// <summary>The trigger waits in the rule's bounded queue until an execution finishes.</summary>
    Queue,

    /// <summary>The trigger was not started; <see cref="TriggerDecision.SkipReason"/> says why.</summary>
    Skip,
}
