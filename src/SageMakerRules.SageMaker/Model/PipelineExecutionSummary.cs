namespace SageMakerRules.SageMaker;

/// <summary>One execution as ListPipelineExecutions returns it.</summary>
public sealed record PipelineExecutionSummary
{
    /// <summary>The execution ARN.</summary>
    public string? PipelineExecutionArn { get; init; }

    /// <summary>When the execution started.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>The execution status.</summary>
    public PipelineExecutionStatus PipelineExecutionStatus { get; init; }

    /// <summary>The execution description.</summary>
    public string? PipelineExecutionDescription { get; init; }

    /// <summary>The execution display name.</summary>
    public string? PipelineExecutionDisplayName { get; init; }

    /// <summary>Why the execution failed, when it did (at most 3,072 characters).</summary>
    public string? PipelineExecutionFailureReason { get; init; }
}
