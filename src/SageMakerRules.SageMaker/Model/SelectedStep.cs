namespace SageMakerRules.SageMaker;

/// <summary>A step chosen for a selective execution.</summary>
public sealed record SelectedStep
{
    /// <summary>The step name.</summary>
    public string? StepName { get; init; }
}
