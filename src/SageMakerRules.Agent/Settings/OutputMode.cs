namespace SageMakerRules.Agent.Settings;

/// <summary>Which events the agent publishes on its Output endpoint.</summary>
public enum OutputMode
{
    /// <summary>Every event, with the result fields empty when no rule matched.</summary>
    All,

    /// <summary>Only events that matched a rule (started, queued or skipped with a reason).</summary>
    TriggeredOnly,
}
