namespace SageMakerRules.LocalPipelines.Executions;

/// <summary>
/// One execution as the endpoint stores it: what was asked for and how it was planned. Its status is never stored;
/// <see cref="Snapshot"/> computes it from the plan and the clock, so a fake clock drives the lifecycle.
/// </summary>
internal sealed class ExecutionRecord
{
    public required string Arn { get; init; }

    public required PipelineRecord Pipeline { get; init; }

    public required string DisplayName { get; init; }

    public string? Description { get; init; }

    public required DateTimeOffset CreationTime { get; init; }

    public required IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; }

    public required string ClientRequestToken { get; init; }

    public required string RequestFingerprint { get; init; }

    public int? MaxParallelExecutionSteps { get; init; }

    public long PipelineVersionId { get; init; } = 1;

    public required IReadOnlyList<StepPlan> Steps { get; init; }

    /// <summary>The index of the step that fails, or <c>null</c> when the execution succeeds.</summary>
    public int? FailingStep { get; init; }

    public string? FailingStepReason { get; init; }

    /// <summary>The stop request, if any: one reference, so a reader never sees half of it.</summary>
    public StopRequest? Stop { get; private set; }

    public string? StopToken => Stop?.Token;

    /// <summary>When the execution ends if nobody stops it.</summary>
    public DateTimeOffset NaturalEnd => FailingStep is { } failing ? Steps[failing].End : Steps[^1].End;

    public ExecutionSnapshot Snapshot(DateTimeOffset now) =>
        Stop is { } stop ? ExecutionTimeline.Stopped(this, stop.At, now) : ExecutionTimeline.Running(this, now);

    public void RequestStop(DateTimeOffset now, string token) => Stop = new StopRequest(now, token);
}
