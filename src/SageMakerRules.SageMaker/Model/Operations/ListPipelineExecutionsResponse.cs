namespace SageMakerRules.SageMaker;

/// <summary>One page of ListPipelineExecutions.</summary>
public sealed record ListPipelineExecutionsResponse
{
    /// <summary>The executions on this page.</summary>
    public IReadOnlyList<PipelineExecutionSummary> PipelineExecutionSummaries
    {
        get => field ?? [];
        init;
    }

    /// <summary>The token of the next page; null on the last page.</summary>
    public string? NextToken { get; init; }
}
