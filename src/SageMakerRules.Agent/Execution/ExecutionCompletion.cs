namespace SageMakerRules.Agent.Execution;

/// <summary>A watched execution that reached <c>Succeeded</c>, <c>Failed</c> or <c>Stopped</c>, or timed out.</summary>
public sealed record ExecutionCompletion
{
    /// <summary>The rule that started the execution.</summary>
    public required string RuleName { get; init; }

    /// <summary>The pipeline name or ARN.</summary>
    public required string PipelineName { get; init; }

    /// <summary>The execution ARN.</summary>
    public required string ExecutionArn { get; init; }

    /// <summary>The trigger key, when the rule declares one.</summary>
    public string? TriggerKey { get; init; }

    /// <summary>How the execution ended.</summary>
    public required CompletionStatus Status { get; init; }

    /// <summary>
    /// Whether it succeeded: only <see cref="CompletionStatus.Succeeded"/> does; a stopped or timed-out execution
    /// produced no result either.
    /// </summary>
    public bool Succeeded => Status == CompletionStatus.Succeeded;

    /// <summary>When the runner triggered the execution.</summary>
    public required DateTimeOffset TriggeredAt { get; init; }

    /// <summary>When the runner saw the execution end (or time out).</summary>
    public required DateTimeOffset CompletedAt { get; init; }

    /// <summary>SageMaker's failure reason (of the failed step when known), or the timeout explanation.</summary>
    public string? FailureReason { get; init; }

    /// <summary>The name of the step that failed, when SageMaker names one.</summary>
    public string? FailedStep { get; init; }

    /// <summary>The <c>ClientRequestToken</c> the execution was started with.</summary>
    public required string IdempotencyToken { get; init; }

    /// <summary>The event that triggered the execution, for the output record.</summary>
    public required EventPayload Event { get; init; }
}
