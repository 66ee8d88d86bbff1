namespace SageMakerRules.LocalPipelines.Pipelines;

/// <summary>
/// A pipeline the local endpoint serves: its SageMaker-visible parts (name, description, parameters, steps) and how
/// its executions are simulated (duration, failure probability with a seed, how long stopping takes).
/// </summary>
public sealed class LocalPipeline
{
    /// <summary>
    /// The pipeline name (<c>[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}</c>); unique regardless of letter case.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>An optional display name.</summary>
    public string? DisplayName { get; init; }

    /// <summary>An optional description.</summary>
    public string? Description { get; init; }

    /// <summary>The role ARN reported by DescribePipeline, or <c>null</c> for a local placeholder role.</summary>
    public string? RoleArn { get; init; }

    /// <summary>The declared parameters.</summary>
    public IList<LocalPipelineParameter> Parameters { get; init; } = [];

    /// <summary>The steps, run in order. A pipeline without steps runs one <c>Execute</c> step.</summary>
    public IList<LocalPipelineStep> Steps { get; init; } = [];

    /// <summary>
    /// The simulated duration of an execution when steps do not set their own; one minute by default.
    /// </summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long an execution stays <c>Stopping</c> before it is <c>Stopped</c>; ten seconds by default.
    /// </summary>
    public TimeSpan StopDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The probability (0 to 1) that an execution fails; 0 by default.</summary>
    public double FailureProbability { get; init; }

    /// <summary>The seed of the random sequence that decides which executions fail, in start order.</summary>
    public int FailureSeed { get; init; }

    /// <summary>The step that fails in a failing execution, or <c>null</c> for a step drawn at random.</summary>
    public string? FailureStep { get; init; }

    /// <summary>The failed step's failure reason, or <c>null</c> for a generated one.</summary>
    public string? FailureReason { get; init; }
}
