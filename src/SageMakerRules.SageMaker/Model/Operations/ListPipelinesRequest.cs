namespace SageMakerRules.SageMaker;

/// <summary>The ListPipelines request; every member is optional.</summary>
public sealed record ListPipelinesRequest
{
    /// <summary>Only pipelines whose name starts with this text.</summary>
    public string? PipelineNamePrefix { get; init; }

    /// <summary>Only pipelines created after this time.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary>Only pipelines created before this time.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>The sort field.</summary>
    public PipelineSortBy? SortBy { get; init; }

    /// <summary>The sort order.</summary>
    public SortOrder? SortOrder { get; init; }

    /// <summary>The token of the page to read, from the previous response.</summary>
    public string? NextToken { get; init; }

    /// <summary>The page size, 1 to 100.</summary>
    public int? MaxResults { get; init; }
}
