namespace SageMakerRules;

/// <summary>When a rule whose condition holds fires.</summary>
public enum TriggerEdge
{
    /// <summary>On every matching event (subject to cooldown and limits).</summary>
    None,

    /// <summary>Only when the condition becomes true for a key, not while it stays true.</summary>
    Rising,
}
