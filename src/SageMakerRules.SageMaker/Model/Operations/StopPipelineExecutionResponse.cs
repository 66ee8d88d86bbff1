namespace SageMakerRules.SageMaker;

/// <summary>The StopPipelineExecution response.</summary>
public sealed record StopPipelineExecutionResponse
{
    /// <summary>The execution ARN.</summary>
    public string? PipelineExecutionArn { get; init; }
}
