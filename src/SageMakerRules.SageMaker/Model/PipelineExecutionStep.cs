namespace SageMakerRules.SageMaker;

/// <summary>One step of an execution as ListPipelineExecutionSteps returns it.</summary>
public sealed record PipelineExecutionStep
{
    /// <summary>The step name.</summary>
    public string? StepName { get; init; }

    /// <summary>The step display name.</summary>
    public string? StepDisplayName { get; init; }

    /// <summary>The step description.</summary>
    public string? StepDescription { get; init; }

    /// <summary>When the step started.</summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>When the step ended.</summary>
    public DateTimeOffset? EndTime { get; init; }

    /// <summary>The step status.</summary>
    public StepStatus StepStatus { get; init; }

    /// <summary>Set when the step reused a cached result.</summary>
    public CacheHitResult? CacheHitResult { get; init; }

    /// <summary>Why the step failed, when it did (at most 1,024 characters).</summary>
    public string? FailureReason { get; init; }

    /// <summary>How many times the step was attempted.</summary>
    public int? AttemptCount { get; init; }

    /// <summary>What the step ran.</summary>
    public PipelineExecutionStepMetadata? Metadata { get; init; }

    /// <summary>Set when a selective execution skipped the step.</summary>
    public SelectiveExecutionResult? SelectiveExecutionResult { get; init; }
}
