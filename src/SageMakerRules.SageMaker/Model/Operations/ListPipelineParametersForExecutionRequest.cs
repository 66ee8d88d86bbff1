namespace SageMakerRules.SageMaker;

/// <summary>The ListPipelineParametersForExecution request.</summary>
public sealed record ListPipelineParametersForExecutionRequest
{
    /// <summary>The execution ARN.</summary>
    public required string PipelineExecutionArn { get; init; }

    /// <summary>The token of the page to read, from the previous response.</summary>
    public string? NextToken { get; init; }

    /// <summary>The page size, 1 to 100.</summary>
    public int? MaxResults { get; init; }
}
