namespace SageMakerRules.SageMaker;

/// <summary>How many steps of one execution may run at the same time.</summary>
public sealed record ParallelismConfiguration
{
    /// <summary>The maximum number of steps running in parallel, at least 1.</summary>
    public int MaxParallelExecutionSteps { get; init; }
}
