using XMIoT.Framework.Settings.Enums;

namespace SageMakerRules.Agent.Publishing;

/// <summary>The result attributes the agent appends to each input event on its Output endpoint.</summary>
public static class ResultFields
{
    /// <summary>The rule that handled the event.</summary>
    public const string Rule = "Rule";

    /// <summary>The pipeline name or ARN.</summary>
    public const string Pipeline = "Pipeline";

    /// <summary>The execution ARN, when an execution was started.</summary>
    public const string ExecutionArn = "ExecutionArn";

    /// <summary>
    /// The execution status: <c>Executing</c> when started; on completion events <c>Succeeded</c>, <c>Failed</c>,
    /// <c>Stopped</c> (SageMaker's end states) or <c>TimedOut</c> (the rule's monitor timeout passed first).
    /// </summary>
    public const string ExecutionStatus = "ExecutionStatus";

    /// <summary>
    /// What happened: for an input event <c>NotMatched</c>, <c>Skipped</c>, <c>Queued</c> or <c>Started</c>; for a
    /// completion event the execution's end, the same word as <see cref="ExecutionStatus"/>: <c>Succeeded</c>,
    /// <c>Failed</c>, <c>Stopped</c> or <c>TimedOut</c>. A start that fails is an Error record, not an output.
    /// </summary>
    public const string Outcome = "Outcome";

    /// <summary>When the rule triggered (UTC, ISO 8601).</summary>
    public const string TriggeredAt = "TriggeredAt";

    /// <summary>When the execution finished (UTC, ISO 8601), on completion events.</summary>
    public const string CompletedAt = "CompletedAt";

    /// <summary>Why the execution failed or timed out, or why the trigger was skipped.</summary>
    public const string FailureReason = "FailureReason";

    /// <summary>The step that failed, on completion events of failed executions.</summary>
    public const string FailedStep = "FailedStep";

    /// <summary>The result attributes in the order they are appended, with their types.</summary>
    public static IReadOnlyList<XMIoT.Framework.Attribute> Attributes { get; } =
    [
        new(Rule, Types.String),
        new(Pipeline, Types.String),
        new(ExecutionArn, Types.String),
        new(ExecutionStatus, Types.String),
        new(Outcome, Types.String),
        new(TriggeredAt, Types.DateTime),
        new(CompletedAt, Types.DateTime),
        new(FailureReason, Types.String),
        new(FailedStep, Types.String),
    ];

    /// <summary>Whether an attribute name is one of the result attributes (they replace input values).</summary>
    /// <param name="name">The attribute name.</param>
    public static bool Contains(string name) => Attributes.Any(attribute => attribute.Name == name);
}
