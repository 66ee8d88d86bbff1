namespace SageMakerRules.SageMaker;

/// <summary>The StopPipelineExecution request.</summary>
public sealed record StopPipelineExecutionRequest
{
    /// <summary>The execution ARN.</summary>
    public required string PipelineExecutionArn { get; init; }

    /// <summary>The idempotency token, 32 to 128 characters, chosen by the caller.</summary>
    public required string ClientRequestToken { get; init; }
}
