namespace SageMakerRules.SageMaker;

/// <summary>One page of ListPipelineParametersForExecution.</summary>
public sealed record ListPipelineParametersForExecutionResponse
{
    /// <summary>The parameter values of the execution on this page.</summary>
    public IReadOnlyList<Parameter> PipelineParameters
    {
        get => field ?? [];
        init;
    }

    /// <summary>The token of the next page; null on the last page.</summary>
    public string? NextToken { get; init; }
}
