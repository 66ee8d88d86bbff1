namespace SageMakerRules.SageMaker;

/// <summary>The ListPipelineExecutionSteps request.</summary>
public sealed record ListPipelineExecutionStepsRequest
{
    /// <summary>The execution ARN (always sent).</summary>
    public required string PipelineExecutionArn { get; init; }

    /// <summary>The token of the page to read, from the previous response.</summary>
    public string? NextToken { get; init; }

    /// <summary>The page size, 1 to 100.</summary>
    public int? MaxResults { get; init; }

    /// <summary>The sort order (by start time).</summary>
    public SortOrder? SortOrder { get; init; }
}
