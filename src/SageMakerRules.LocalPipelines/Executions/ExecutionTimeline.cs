namespace SageMakerRules.LocalPipelines.Executions;

/// <summary>Computes an execution's snapshot at a given time from its plan.</summary>
internal static class ExecutionTimeline
{
    public static ExecutionSnapshot Running(ExecutionRecord execution, DateTimeOffset now)
    {
        var steps = new List<StepSnapshot>();

        for (var i = 0; i < execution.Steps.Count && execution.Steps[i].Start <= now; i++)
        {
            steps.Add(RunningStep(execution, i, now));

            if (i == execution.FailingStep)
            {
                break;
            }
        }

        if (now < execution.NaturalEnd)
        {
            return new(ExecutionStatus.Executing, steps[^1].StartTime, null, steps);
        }

        return execution.FailingStep is null
            ? new(ExecutionStatus.Succeeded, execution.NaturalEnd, null, steps)
            : new(ExecutionStatus.Failed, execution.NaturalEnd, ExecutionStatus.StepFailureReason, steps);
    }

    public static ExecutionSnapshot Stopped(ExecutionRecord execution, DateTimeOffset stop, DateTimeOffset now)
    {
        var stoppedAt = stop + execution.Pipeline.Definition.StopDuration;
        var done = now >= stoppedAt;
        var steps = new List<StepSnapshot>();

        foreach (var plan in execution.Steps.TakeWhile(plan => plan.Start < stop))
        {
            steps.Add(
                plan.End <= stop
                    ? new(plan.Step.Name, plan.Step.Type, ExecutionStatus.Succeeded, plan.Start, plan.End, null)
                    : new(
                        plan.Step.Name,
                        plan.Step.Type,
                        done ? ExecutionStatus.Stopped : ExecutionStatus.Stopping,
                        plan.Start,
                        done ? stoppedAt : null,
                        null
                    )
            );
        }

        return done
            ? new(ExecutionStatus.Stopped, stoppedAt, null, steps)
            : new(ExecutionStatus.Stopping, stop, null, steps);
    }

    private static StepSnapshot RunningStep(ExecutionRecord execution, int index, DateTimeOffset now)
    {
        var plan = execution.Steps[index];

        if (now < plan.End)
        {
            return new(plan.Step.Name, plan.Step.Type, ExecutionStatus.Executing, plan.Start, null, null);
        }

        return index == execution.FailingStep
            ? new(
                plan.Step.Name,
                plan.Step.Type,
                ExecutionStatus.Failed,
                plan.Start,
                plan.End,
                execution.FailingStepReason
            )
            : new(plan.Step.Name, plan.Step.Type, ExecutionStatus.Succeeded, plan.Start, plan.End, null);
    }
}
