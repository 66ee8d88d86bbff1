namespace SageMakerRules.SageMaker;

/// <summary>The DescribePipeline request.</summary>
public sealed record DescribePipelineRequest
{
    /// <summary>The pipeline name or ARN.</summary>
    public required string PipelineName { get; init; }

    /// <summary>The version to describe; the latest when null.</summary>
    public long? PipelineVersionId { get; init; }
}
