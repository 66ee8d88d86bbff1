namespace SageMakerRules.SageMaker;

/// <summary>The ListPipelineVersions request.</summary>
public sealed record ListPipelineVersionsRequest
{
    /// <summary>The pipeline name or ARN.</summary>
    public required string PipelineName { get; init; }

    /// <summary>Only versions created after this time.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only versions created before this time.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>The sort order (by creation time).</summary>
    public SortOrder? SortOrder { get; init; }

    /// <summary>The token of the page to read, from the previous response.</summary>
    public string? NextToken { get; init; }

    /// <summary>The page size, 1 to 100.</summary>
    public int? MaxResults { get; init; }
}
