namespace SageMakerRules.SageMaker;

/// <summary>The DescribePipeline response.</summary>
public sealed record DescribePipelineResponse
{
    /// <summary>The pipeline ARN.</summary>
    public string? PipelineArn { get; init; }

    /// <summary>The pipeline name.</summary>
    public string? PipelineName { get; init; }

    /// <summary>The display name.</summary>
    public string? PipelineDisplayName { get; init; }

    /// <summary>
    /// The pipeline definition JSON; read its parameters with <see cref="PipelineDefinition.Parse"/>.
    /// </summary>
    public string? PipelineDefinition { get; init; }

    /// <summary>The description.</summary>
    public string? PipelineDescription { get; init; }

    /// <summary>The execution role ARN.</summary>
    public string? RoleArn { get; init; }

    /// <summary>The pipeline status.</summary>
    public PipelineStatus PipelineStatus { get; init; }

    /// <summary>When the pipeline was created.</summary>
    public DateTimeOffset? CreationTime { get; init; }

    /// <summary>When the pipeline was last modified.</summary>
    public DateTimeOffset? LastModifiedTime { get; init; }

    /// <summary>When the pipeline last ran.</summary>
    public DateTimeOffset? LastRunTime { get; init; }

    /// <summary>Who created the pipeline.</summary>
    public UserContext? CreatedBy { get; init; }

    /// <summary>Who last modified the pipeline.</summary>
    public UserContext? LastModifiedBy { get; init; }

    /// <summary>The pipeline's default parallelism.</summary>
    public ParallelismConfiguration? ParallelismConfiguration { get; init; }

    /// <summary>The display name of the described version.</summary>
    public string? PipelineVersionDisplayName { get; init; }

    /// <summary>The description of the described version.</summary>
    public string? PipelineVersionDescription { get; init; }
}
