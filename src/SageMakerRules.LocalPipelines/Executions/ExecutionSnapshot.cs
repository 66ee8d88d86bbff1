namespace SageMakerRules.LocalPipelines.Executions;

/// <summary>An execution's status, last change and steps as seen at one moment of the server's clock.</summary>
internal sealed record ExecutionSnapshot(
    string Status,
    DateTimeOffset LastModifiedTime,
    string? FailureReason,
    IReadOnlyList<StepSnapshot> Steps
)
{
    public bool IsRunning => Status is ExecutionStatus.Executing or ExecutionStatus.Stopping;
}
