using SageMakerRules.Agent.Execution;

namespace SageMakerRules.Agent.Monitoring;

/// <summary>How and when the monitor saw a watched execution end.</summary>
/// <param name="Status">The final status, or a timeout.</param>
/// <param name="CompletedAt">When the monitor saw it, on its clock.</param>
/// <param name="FailureReason">The failure reason (of the failed step when known), or the timeout explanation.</param>
/// <param name="FailedStep">The failed step's name, when SageMaker names one.</param>
internal readonly record struct ExecutionEnd(
    CompletionStatus Status,
    DateTimeOffset CompletedAt,
    string? FailureReason,
    string? FailedStep
);
