namespace SageMakerRules.SageMaker;

/// <summary>One page of ListPipelineVersions.</summary>
public sealed record ListPipelineVersionsResponse
{
    /// <summary>The versions on this page.</summary>
    public IReadOnlyList<PipelineVersionSummary> PipelineVersionSummaries
    {
        get => field ?? [];
        init;
    }

    /// <summary>The token of the next page; null on the last page.</summary>
    public string? NextToken { get; init; }
}
