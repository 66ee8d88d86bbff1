namespace SageMakerRules.Agent.Publishing;

/// <summary>The result fields of one output event, independent of how the event is serialised.</summary>
/// <param name="Rule">The rule name, or <see langword="null"/> when no rule matched.</param>
/// <param name="Pipeline">The pipeline name or ARN.</param>
/// <param name="ExecutionArn">The execution ARN, when one was started.</param>
/// <param name="ExecutionStatus">The execution status.</param>
/// <param name="Outcome">What happened to the event or the execution.</param>
/// <param name="TriggeredAt">When the rule triggered.</param>
/// <param name="CompletedAt">When the execution finished.</param>
/// <param name="FailureReason">Why the execution failed or the trigger was skipped.</param>
/// <param name="FailedStep">The failed step.</param>
internal sealed record AgentResult(
    string? Rule,
    string? Pipeline,
    string? ExecutionArn,
    string? ExecutionStatus,
    string Outcome,
    DateTimeOffset? TriggeredAt,
    DateTimeOffset? CompletedAt,
    string? FailureReason,
    string? FailedStep
)
{
    public static AgentResult NotMatched { get; } = new(null, null, null, null, "NotMatched", null, null, null, null);

    /// <summary>The field values in <see cref="ResultFields.Attributes"/> order; times as ISO 8601 text.</summary>
    public IEnumerable<(string Name, string? Value)> Values()
    {
        yield return (ResultFields.Rule, Rule);
        yield return (ResultFields.Pipeline, Pipeline);
        yield return (ResultFields.ExecutionArn, ExecutionArn);
        yield return (ResultFields.ExecutionStatus, ExecutionStatus);
        yield return (ResultFields.Outcome, Outcome);
        yield return (ResultFields.TriggeredAt, Time(TriggeredAt));
        yield return (ResultFields.CompletedAt, Time(CompletedAt));
        yield return (ResultFields.FailureReason, FailureReason);
        yield return (ResultFields.FailedStep, FailedStep);
    }

    private static string? Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
