namespace SageMakerRules.SageMaker;

/// <summary>Helpers for <see cref="PipelineExecutionStatus"/>.</summary>
public static class PipelineExecutionStatusExtensions
{
    /// <summary>
    /// True for <see cref="PipelineExecutionStatus.Succeeded"/>, <see cref="PipelineExecutionStatus.Failed"/> and
    /// <see cref="PipelineExecutionStatus.Stopped"/>: the execution will not change any more.
    /// </summary>
    /// <param name="status">The status to test.</param>
    /// <returns>Whether the status is terminal.</returns>
    public static bool IsTerminal(this PipelineExecutionStatus status) =>
        status
            is PipelineExecutionStatus.Succeeded
                or PipelineExecutionStatus.Failed
                or PipelineExecutionStatus.Stopped;
}
