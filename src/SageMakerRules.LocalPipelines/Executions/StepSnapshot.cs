namespace SageMakerRules.LocalPipelines.Executions;

/// <summary>A step of an execution as seen at one moment.</summary>
internal sealed record StepSnapshot(
    string Name,
    string Type,
    string Status,
    DateTimeOffset StartTime,
    DateTimeOffset? EndTime,
    string? FailureReason
);
