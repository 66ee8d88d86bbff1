namespace SageMakerRules.SageMaker;

/// <summary>The experiment and trial an execution is recorded in.</summary>
public sealed record PipelineExperimentConfig
{
    /// <summary>The experiment name.</summary>
    public string? ExperimentName { get; init; }

    /// <summary>The trial name.</summary>
    public string? TrialName { get; init; }
}
