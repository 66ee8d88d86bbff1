namespace SageMakerRules.LocalPipelines.Pipelines;

/// <summary>A step of a local pipeline. Steps run one after another in the order they are declared.</summary>
public sealed class LocalPipelineStep
{
    /// <summary>The step name (<c>[A-Za-z0-9\-_]{1,64}</c>), unique within the pipeline.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// The SageMaker step type shown in the definition, for example <c>Processing</c> or <c>Training</c>.
    /// </summary>
    public string Type { get; init; } = "Processing";

    /// <summary>
    /// How long the step runs, or <c>null</c> to take an equal share of what remains of the pipeline's
    /// <see cref="LocalPipeline.Duration"/> after the steps that set their own.
    /// </summary>
    public TimeSpan? Duration { get; init; }
}
