using SageMakerRules.LocalPipelines.Pipelines;

namespace SageMakerRules.LocalPipelines.Executions;

/// <summary>When a step of an execution starts and ends if nothing stops it.</summary>
internal sealed record StepPlan(LocalPipelineStep Step, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>Lays the pipeline's steps out one after another from <paramref name="start"/>.</summary>
    public static IReadOnlyList<StepPlan> Lay(
        IReadOnlyList<LocalPipelineStep> steps,
        TimeSpan total,
        DateTimeOffset start
    )
    {
        var fixedTotal = steps
            .Where(s => s.Duration is not null)
            .Aggregate(TimeSpan.Zero, (sum, s) => sum + s.Duration!.Value);
        var flexible = steps.Count(s => s.Duration is null);
        var remaining = total - fixedTotal;
        var share =
            flexible == 0
                ? TimeSpan.Zero
                : TimeSpan.FromTicks(Math.Max(remaining.Ticks / flexible, TimeSpan.TicksPerSecond));
        var plans = new List<StepPlan>(steps.Count);
        var cursor = start;

        foreach (var step in steps)
        {
            var end = cursor + (step.Duration ?? share);
            plans.Add(new StepPlan(step, cursor, end));
            cursor = end;
        }

        return plans;
    }
}
