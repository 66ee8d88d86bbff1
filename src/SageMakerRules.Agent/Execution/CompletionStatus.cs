namespace SageMakerRules.Agent.Execution;

/// <summary>How a watched execution ended.</summary>
public enum CompletionStatus
{
    /// <summary>SageMaker reported <c>Succeeded</c>.</summary>
    Succeeded,

    /// <summary>SageMaker reported <c>Failed</c>; the failed step and reason are filled when known.</summary>
    Failed,

    /// <summary>SageMaker reported <c>Stopped</c>.</summary>
    Stopped,

    /// <summary>The rule's monitor timeout passed first (and the execution was stopped if the rule asks).</summary>
    TimedOut,
}
