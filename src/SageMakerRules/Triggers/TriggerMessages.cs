using System.Globalization;

namespace SageMakerRules.Triggers;

/// <summary>The sentences that explain a skipped or queued trigger to a user.</summary>
internal static class TriggerMessages
{
    public static string Debouncing(string rule, TriggerKeyState state, TriggerOptions options, TimeSpan heldFor)
    {
        var parts = new List<string>(2);
        if (options.DebounceEvents is { } events)
        {
            parts.Add(Format("{0} of {1} consecutive matching events", state.MatchStreak, events));
        }

        if (options.DebounceDuration is { } duration)
        {
            parts.Add(Format("{0} of {1}", Duration(heldFor), Duration(duration)));
        }

        return Format(
            "Rule '{0}' is debouncing{1}: the condition has held for {2}; it fires once it has held for all of them.",
            rule,
            ForKey(state.Key),
            string.Join(" and ", parts)
        );
    }

    public static string ConditionStillTrue(string rule, TriggerKeyState state) =>
        Format(
            "Rule '{0}' fires on a rising edge and its condition has stayed true{1} since {2:O}; "
                + "it fires again after an event for which the condition is false.",
            rule,
            ForKey(state.Key),
            state.StreakStartedAt
        );

    public static string Cooldown(string rule, string key, DateTimeOffset last, DateTimeOffset next) =>
        Format(
            "Rule '{0}' is cooling down{1}: it last triggered at {2:O} and can trigger again from {3:O}.",
            rule,
            ForKey(key),
            last,
            next
        );

    public static string Busy(
        string rule,
        TriggerKeyState state,
        TriggerSkipReason reason,
        TriggerOptions options,
        int ruleRunning,
        ConcurrencyGate gate
    ) =>
        reason switch
        {
            TriggerSkipReason.KeyBusy => Format(
                "Rule '{0}' already has {1} execution(s) running{2} (concurrency.perKey is {3}).",
                rule,
                state.Running,
                ForKey(state.Key),
                options.MaxRunningPerKey
            ),
            TriggerSkipReason.RuleBusy => Format(
                "Rule '{0}' already has {1} execution(s) running (concurrency.total is {2}).",
                rule,
                ruleRunning,
                options.MaxRunning
            ),
            _ => Format(
                "The agent already has {0} execution(s) running, its limit (the account allows {1} by default).",
                gate.Running,
                TriggerPolicyLimits.DefaultMaxRunning
            ),
        };

    public static string QueueFull(string busy, int capacity) =>
        Format("{0} The trigger was dropped because the queue is full ({1} waiting).", busy, capacity);

    public static string Queued(string busy, int position) =>
        Format("{0} The trigger is queued at position {1} and starts when an execution finishes.", busy, position);

    private static string ForKey(string key) => key.Length == 0 ? string.Empty : Format(" for key '{0}'", key);

    private static string Duration(TimeSpan duration) => duration.ToString("c", CultureInfo.InvariantCulture);

    private static string Format(string format, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);
}
