namespace SageMakerRules.SageMaker;

/// <summary>The DescribePipelineExecution response (it has no start or end time; see the steps for those).</summary>
public sealed record DescribePipelineExecutionResponse
{
    /// <summary>The pipeline ARN.</summary>
    public string? PipelineArn { get; init; }

    /// <summary>The execution ARN.</summary>
    public string? PipelineExecutionArn { get; init; }

    /// <summary>The execution display name.</summary>
    public string? PipelineExecutionDisplayName { get; init; }

    /// <summary>The execution status.</summary>
    public PipelineExecutionStatus PipelineExecutionStatus { get; init; }

    /// <summary>The execution description.</summary>
    public string? PipelineExecutionDescription { get; init; }

    /// <summary>The experiment and trial of the execution.</summary>
    public PipelineExperimentConfig? PipelineExperimentConfig { get; init; }

    /// <summary>Why the execution failed, when it did (at most 1,300 characters).</summary>
    public string? FailureReason { get; init; }

    /// <summary>When the execution was created.</summary>
    public DateTimeOffset? CreationTime { get; init; }

    /// <summary>When the execution last changed.</summary>
    public DateTimeOffset? LastModifiedTime { get; init; }

    /// <summary>Who started the execution.</summary>
    public UserContext? CreatedBy { get; init; }

    /// <summary>Who last modified the execution.</summary>
    public UserContext? LastModifiedBy { get; init; }

    /// <summary>The parallelism of the execution.</summary>
    public ParallelismConfiguration? ParallelismConfiguration { get; init; }

    /// <summary>The selective execution settings, when the execution ran only some steps.</summary>
    public SelectiveExecutionConfig? SelectiveExecutionConfig { get; init; }

    /// <summary>The pipeline version that ran.</summary>
    public long? PipelineVersionId { get; init; }

    /// <summary>The MLflow settings of the execution.</summary>
    public MLflowConfiguration? MLflowConfig { get; init; }
}
