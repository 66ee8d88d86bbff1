namespace SageMakerRules.LocalPipelines.Executions;

/// <summary>
/// The status values SageMaker uses for executions and for steps (steps never report Stopping at start).
/// </summary>
internal static class ExecutionStatus
{
    public const string Executing = "Executing";

    public const string Stopping = "Stopping";

    public const string Stopped = "Stopped";

    public const string Failed = "Failed";

    public const string Succeeded = "Succeeded";

    public const string StepFailureReason = "Step failure: One or multiple steps failed.";
}
