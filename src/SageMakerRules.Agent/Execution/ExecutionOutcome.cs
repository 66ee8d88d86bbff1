namespace SageMakerRules.Agent.Execution;

/// <summary>
/// Whether a finished execution did its job. Only <see cref="CompletionStatus.Succeeded"/> is a success: a stopped
/// or timed-out execution produced no result, so downstream steps treat it as a failure.
/// </summary>
public enum ExecutionOutcome
{
    /// <summary>The execution succeeded.</summary>
    Success,

    /// <summary>The execution failed, was stopped or timed out.</summary>
    Failure,
}
