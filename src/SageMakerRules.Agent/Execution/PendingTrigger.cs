using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.Execution;

/// <summary>One trigger on its way: queued, starting, or started and watched until it ends.</summary>
internal sealed class PendingTrigger
{
    public required string RuleName { get; init; }

    public required PipelineStartRequest Request { get; init; }

    public required string Token { get; init; }

    public string? TriggerKey { get; init; }

    public required EventPayload Event { get; init; }

    public required DateTimeOffset TriggeredAt { get; init; }

    public required MonitorOptions Monitor { get; init; }

    /// <summary>
    /// The policy's decision, so that a failed start can restore the key's cooldown; none after a restart.
    /// </summary>
    public TriggerDecision? Decision { get; set; }

    public string? ExecutionArn { get; set; }

    public string PipelineName => Request.PipelineName;

    public TriggerResult ToResult(TriggerResultKind kind, bool deferred) =>
        new()
        {
            Kind = kind,
            RuleName = RuleName,
            PipelineName = PipelineName,
            TriggerKey = TriggerKey,
            ExecutionArn = ExecutionArn,
            TriggeredAt = TriggeredAt,
            IdempotencyToken = Token,
            IsDeferred = deferred,
            Event = Event,
        };
}
