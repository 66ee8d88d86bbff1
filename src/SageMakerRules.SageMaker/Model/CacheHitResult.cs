namespace SageMakerRules.SageMaker;

/// <summary>The execution whose cached step result was reused.</summary>
public sealed record CacheHitResult
{
    /// <summary>The source execution ARN.</summary>
    public string? SourcePipelineExecutionArn { get; init; }
}
