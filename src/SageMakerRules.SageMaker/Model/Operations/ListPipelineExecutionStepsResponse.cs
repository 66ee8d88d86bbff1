namespace SageMakerRules.SageMaker;

/// <summary>One page of ListPipelineExecutionSteps.</summary>
public sealed record ListPipelineExecutionStepsResponse
{
    /// <summary>The steps on this page.</summary>
    public IReadOnlyList<PipelineExecutionStep> PipelineExecutionSteps
    {
        get => field ?? [];
        init;
    }

    /// <summary>The token of the next page; null on the last page.</summary>
    public string? NextToken { get; init; }
}
