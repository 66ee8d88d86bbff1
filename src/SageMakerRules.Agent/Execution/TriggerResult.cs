using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.Execution;

/// <summary>What became of one rule evaluation handed to <see cref="PipelineRunner.HandleAsync"/>.</summary>
public sealed record TriggerResult
{
    /// <summary>How the evaluation was handled.</summary>
    public required TriggerResultKind Kind { get; init; }

    /// <summary>The rule's name.</summary>
    public required string RuleName { get; init; }

    /// <summary>The pipeline name or ARN the rule starts.</summary>
    public required string PipelineName { get; init; }

    /// <summary>The trigger key, when the rule declares one.</summary>
    public string? TriggerKey { get; init; }

    /// <summary>The execution ARN, when <see cref="Kind"/> is <see cref="TriggerResultKind.Started"/>.</summary>
    public string? ExecutionArn { get; init; }

    /// <summary>Why the trigger was skipped or queued; a stable name, also used as a metric tag.</summary>
    public TriggerSkipReason? SkipReason { get; init; }

    /// <summary>A sentence explaining a skip or a queue to a user.</summary>
    public string? SkipMessage { get; init; }

    /// <summary>The error code of a failed start (SageMaker's code, or one of the runner's own).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>A sentence saying what failed and how to fix it; never holds a secret.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>When the trigger was decided, on the runner's clock.</summary>
    public required DateTimeOffset TriggeredAt { get; init; }

    /// <summary>The <c>ClientRequestToken</c> the start used (64 hex characters), once derived.</summary>
    public string? IdempotencyToken { get; init; }

    /// <summary>
    /// Whether this result arrives later than the call: a queued trigger released, or a start resumed.
    /// </summary>
    public bool IsDeferred { get; init; }

    /// <summary>The event the rule evaluated, for the output record.</summary>
    public required EventPayload Event { get; init; }
}
