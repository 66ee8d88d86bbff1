using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Monitoring;
using SageMakerRules.Agent.Tests.Execution;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Tests.Monitoring;

/// <summary>
/// Executions running on the fake client and handed to a monitor, as the runner hands over its starts.
/// </summary>
internal static class WatchedExecutions
{
    /// <summary>Adds an executing execution of <paramref name="pipeline"/> and has the monitor watch it.</summary>
    /// <param name="monitor">The monitor under test.</param>
    /// <param name="sageMaker">The fake client that knows the execution.</param>
    /// <param name="clock">The clock of the test; the trigger is stamped with its time.</param>
    /// <param name="pipeline">The pipeline name.</param>
    /// <param name="index">Makes the token and the trigger key unique within the test.</param>
    public static PendingTrigger Add(
        ExecutionMonitor monitor,
        FakePipelinesClient sageMaker,
        TimeProvider clock,
        string pipeline,
        int index
    )
    {
        var token = $"{pipeline}-token-{index:D4}".PadRight(40, '0');
        var execution = sageMaker.AddExecution(pipeline, token, PipelineExecutionStatus.Executing);
        var pending = new PendingTrigger
        {
            RuleName = "PumpRetrain",
            Request = new PipelineStartRequest("PumpRetrain", pipeline, null, null, null, null, []),
            Token = token,
            TriggerKey = $"pump-{index}",
            Event = EventPayload.FromJson("{}"),
            TriggeredAt = clock.GetUtcNow(),
            Monitor = MonitorOptions.Default,
            ExecutionArn = execution.Arn,
        };
        monitor.Watch(pending);

        return pending;
    }
}
