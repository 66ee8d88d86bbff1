namespace SageMakerRules.SageMaker;

/// <summary>One pipeline version as ListPipelineVersions returns it.</summary>
public sealed record PipelineVersionSummary
{
    /// <summary>The pipeline ARN.</summary>
    public string? PipelineArn { get; init; }

    /// <summary>The version id (1 or more).</summary>
    public long? PipelineVersionId { get; init; }

    /// <summary>When the version was created.</summary>
    public DateTimeOffset? CreationTime { get; init; }

    /// <summary>The version description.</summary>
    public string? PipelineVersionDescription { get; init; }

    /// <summary>The version display name.</summary>
    public string? PipelineVersionDisplayName { get; init; }

    /// <summary>The last execution that ran this version.</summary>
    public string? LastExecutionPipelineExecutionArn { get; init; }
}
