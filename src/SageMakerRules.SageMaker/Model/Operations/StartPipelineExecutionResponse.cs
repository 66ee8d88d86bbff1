namespace SageMakerRules.SageMaker;

/// <summary>The StartPipelineExecution response.</summary>
public sealed record StartPipelineExecutionResponse
{
    /// <summary>The ARN of the started (or, for a repeated token, the existing) execution.</summary>
    public string? PipelineExecutionArn { get; init; }
}
