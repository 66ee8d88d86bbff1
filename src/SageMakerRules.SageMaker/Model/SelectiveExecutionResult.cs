namespace SageMakerRules.SageMaker;

/// <summary>For a step skipped by a selective execution, the execution that supplied its output.</summary>
public sealed record SelectiveExecutionResult
{
    /// <summary>The source execution ARN.</summary>
    public string? SourcePipelineExecutionArn { get; init; }
}
