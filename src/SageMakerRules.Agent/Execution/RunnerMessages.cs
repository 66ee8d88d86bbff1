using System.Globalization;

namespace SageMakerRules.Agent.Execution;

/// <summary>Sentences the runner publishes about triggers it did not start itself.</summary>
internal static class RunnerMessages
{
    public static string Duplicate(string rule, PendingTrigger existing) =>
        existing.ExecutionArn is { } arn
            ? Format(
                "Rule '{0}' already started execution {1} for this event (same idempotency token); it is not started "
                    + "twice.",
                rule,
                arn
            )
            : Format(
                "Rule '{0}' is already starting or queueing an execution for this event (same idempotency token); it "
                    + "is not started twice.",
                rule
            );

    public static string Stopped(string rule) =>
        Format(
            "The agent stopped before the queued trigger of rule '{0}' could start, and no state directory is set "
                + "to keep it. Set a state directory to keep queued triggers across restarts.",
            rule
        );

    public static string TimedOut(TimeSpan timeout, bool stopped) =>
        Format(
            "The execution ran longer than the monitor timeout of {0}; {1}",
            timeout.ToString("c", CultureInfo.InvariantCulture),
            stopped
                ? "the agent asked SageMaker to stop it."
                : "it may still be running in SageMaker (set stopOnTimeout to stop it)."
        );

    private static string Format(string format, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);
}
