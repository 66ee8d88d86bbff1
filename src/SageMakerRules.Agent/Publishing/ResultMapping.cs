using SageMakerRules.Agent.Execution;

namespace SageMakerRules.Agent.Publishing;

/// <summary>Maps the runner's results and completions to the result fields of output events.</summary>
internal static class ResultMapping
{
    private const string Executing = "Executing";

    public static AgentResult From(TriggerResult result) =>
        new(
            result.RuleName,
            result.PipelineName,
            result.ExecutionArn,
            result.Kind == TriggerResultKind.Started ? Executing : null,
            result.Kind.ToString(),
            result.TriggeredAt,
            null,
            result.Kind == TriggerResultKind.Started ? null : result.SkipMessage ?? result.SkipReason?.ToString(),
            null
        );

    // A completion's Outcome is its status (Succeeded, Failed, Stopped, TimedOut), the words a dashboard shows for
    // an execution, so one column reads NotMatched / Skipped / Queued / Started / Succeeded ... over an event's life.
    public static AgentResult From(ExecutionCompletion completion) =>
        new(
            completion.RuleName,
            completion.PipelineName,
            completion.ExecutionArn,
            completion.Status.ToString(),
            completion.Status.ToString(),
            completion.TriggeredAt,
            completion.CompletedAt,
            completion.FailureReason,
            completion.FailedStep
        );
}
