namespace SageMakerRules.SageMaker;

/// <summary>The DescribePipelineExecution request.</summary>
public sealed record DescribePipelineExecutionRequest
{
    /// <summary>The execution ARN.</summary>
    public required string PipelineExecutionArn { get; init; }
}
