namespace SageMakerRules.SageMaker;

/// <summary>Runs only some steps of a pipeline, reusing the outputs of a source execution.</summary>
public sealed record SelectiveExecutionConfig
{
    /// <summary>The execution whose outputs the unselected steps reuse.</summary>
    public string? SourcePipelineExecutionArn { get; init; }

    /// <summary>The steps to run (1 to 50).</summary>
    public IReadOnlyList<SelectedStep>? SelectedSteps { get; init; }
}
