namespace SageMakerRules.SageMaker;

/// <summary>One page of ListPipelines.</summary>
public sealed record ListPipelinesResponse
{
    /// <summary>The pipelines on this page.</summary>
    public IReadOnlyList<PipelineSummary> PipelineSummaries
    {
        get => field ?? [];
        init;
    }

    /// <summary>The token of the next page; null on the last page.</summary>
    public string? NextToken { get; init; }
}
