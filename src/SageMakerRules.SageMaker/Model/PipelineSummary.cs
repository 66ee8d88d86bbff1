namespace SageMakerRules.SageMaker;

/// <summary>One pipeline as ListPipelines returns it.</summary>
public sealed record PipelineSummary
{
    /// <summary>The pipeline ARN.</summary>
    public string? PipelineArn { get; init; }

    /// <summary>The pipeline name.</summary>
    public string? PipelineName { get; init; }

    /// <summary>The display name.</summary>
    public string? PipelineDisplayName { get; init; }

    /// <summary>The description.</summary>
    public string? PipelineDescription { get; init; }

    /// <summary>The execution role ARN.</summary>
    public string? RoleArn { get; init; }

    /// <summary>When the pipeline was created.</summary>
    public DateTimeOffset? CreationTime { get; init; }

    /// <summary>When the pipeline was last modified.</summary>
    public DateTimeOffset? LastModifiedTime { get; init; }

    /// <summary>When the pipeline last ran.</summary>
    public DateTimeOffset? LastExecutionTime { get; init; }
}
