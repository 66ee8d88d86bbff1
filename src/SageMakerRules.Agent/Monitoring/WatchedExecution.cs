using SageMakerRules.Agent.Execution;

namespace SageMakerRules.Agent.Monitoring;

/// <summary>One watched execution and when the monitor last learned its status.</summary>
internal sealed class WatchedExecution(PendingTrigger pending)
{
    public PendingTrigger Pending { get; } = pending;

    public string ExecutionArn => Pending.ExecutionArn!;

    public DateTimeOffset LastRefreshedAt { get; set; } = DateTimeOffset.MinValue;
}
