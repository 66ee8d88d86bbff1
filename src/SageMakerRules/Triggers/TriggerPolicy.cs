namespace SageMakerRules.Triggers;

/// <summary>
/// Enforces one rule's trigger policy per key: rising edge, debounce, cooldown, running limits per key, per rule and
/// overall, and what happens when busy (skip, or a bounded queue released as executions finish).
/// </summary>
/// <remarks>
/// Thread-safe. Memory is bounded: past <c>maxKeys</c> keys the least recently used idle key (no running execution,
/// nothing queued) is forgotten, with its cooldown and edge state. Time comes from the injected
/// <see cref="TimeProvider"/>. Checks run in this order: debounce, rising edge, cooldown, limits.
/// </remarks>
/// <typeparam name="TItem">What the caller queues with a trigger, handed back when the trigger is released.</typeparam>
public sealed partial class TriggerPolicy<TItem>
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, TriggerKeyState> _keys = new(StringComparer.Ordinal);
    private readonly LinkedList<TriggerKeyState> _recency = new();
    private readonly LinkedList<QueuedTrigger> _queue = new();
    private readonly ConcurrencyGate _gate;
    private readonly TimeProvider _timeProvider;
    private readonly int _maxKeys;
    private int _running;
    private long _version;

    /// <summary>Creates the policy of one rule.</summary>
    /// <param name="ruleName">The rule's name, used in messages.</param>
    /// <param name="options">The rule's trigger options.</param>
    /// <param name="gate">The overall running limit shared by every rule of the runner.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="maxKeys">How many keys to remember at most (idle keys beyond are evicted).</param>
    public TriggerPolicy(
        string ruleName,
        TriggerOptions options,
        ConcurrencyGate gate,
        TimeProvider timeProvider,
        int maxKeys = TriggerPolicyLimits.DefaultMaxKeys
    )
    {
        ArgumentNullException.ThrowIfNull(ruleName);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxKeys, 1);
        RuleName = ruleName;
        Options = options;
        _gate = gate;
        _timeProvider = timeProvider;
        _maxKeys = maxKeys;
    }

    /// <summary>The rule's name.</summary>
    public string RuleName { get; }

    /// <summary>The rule's trigger options.</summary>
    public TriggerOptions Options { get; }

    /// <summary>How many keys the policy remembers now.</summary>
    public int TrackedKeys
    {
        get
        {
            lock (_lock)
            {
                return _keys.Count;
            }
        }
    }

    /// <summary>A number that changes whenever the state a <see cref="Snapshot"/> holds may have changed.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>How many executions of the rule hold a running slot.</summary>
    public int Running
    {
        get
        {
            lock (_lock)
            {
                return _running;
            }
        }
    }

    /// <summary>How many triggers wait in the queue.</summary>
    public int Queued
    {
        get
        {
            lock (_lock)
            {
                return _queue.Count;
            }
        }
    }

    /// <summary>Decides what one evaluation of the rule does for its key.</summary>
    /// <param name="key">The trigger key; <see langword="null"/> counts as the empty key.</param>
    /// <param name="matched">Whether the rule's condition held for the event.</param>
    /// <param name="item">What to queue with the trigger if the decision is <see
    /// cref="TriggerDecisionKind.Queue"/>.</param>
    /// <returns>The decision; a <see cref="TriggerDecisionKind.Fire"/> holds a running slot until released.</returns>
    public TriggerDecision Evaluate(string? key, bool matched, TItem item)
    {
        var now = _timeProvider.GetUtcNow();
        lock (_lock)
        {
            var state = Touch(key ?? string.Empty, now);
            var before = DurableState(state);
            Interlocked.Increment(ref _version);
            TriggerDecision decision;
            if (matched)
            {
                decision = DecideMatch(state, item, now);
            }
            else
            {
                state.ResetRun();
                decision = new TriggerDecision(TriggerDecisionKind.NotMatched, state.Key, null, string.Empty, now);
            }

            return decision with
            {
                StateChanged = DurableState(state) != before,
            };
        }
    }

    // What a restarted process must know to decide the same way: only the parts the rule's options use, so that a
    // rule without debounce does not report a change for every matching event.
    private (DateTimeOffset?, bool, int, DateTimeOffset?) DurableState(TriggerKeyState state) =>
        (
            state.LastTriggeredAt,
            Options.Edge == TriggerEdge.Rising && state.EdgeConsumed,
            Options.DebounceEvents is { } events ? Math.Min(state.MatchStreak, events) : 0,
            Options.DebounceDuration is null ? null : state.StreakStartedAt
        );

    private TriggerDecision DecideMatch(TriggerKeyState state, TItem item, DateTimeOffset now)
    {
        state.ConditionHeld = true;
        state.MatchStreak++;
        state.StreakStartedAt ??= now;

        var pending = CheckDebounce(state, now) ?? CheckEdge(state, now) ?? CheckCooldown(state, now);
        if (pending is { } skip)
        {
            return skip;
        }

        var busy = TryReserve(state);
        if (busy is null)
        {
            var previous = state.LastTriggeredAt;
            state.LastTriggeredAt = now;
            return new TriggerDecision(TriggerDecisionKind.Fire, state.Key, null, string.Empty, now)
            {
                PreviousTriggeredAt = previous,
            };
        }

        return OnBusy(state, busy.Value, item, now);
    }

    private TriggerDecision? CheckDebounce(TriggerKeyState state, DateTimeOffset now)
    {
        var eventsShort = Options.DebounceEvents is { } events && state.MatchStreak < events;
        var heldFor = now - state.StreakStartedAt!.Value;
        var durationShort = Options.DebounceDuration is { } duration && heldFor < duration;
        if (!eventsShort && !durationShort)
        {
            return null;
        }

        var message = TriggerMessages.Debouncing(RuleName, state, Options, heldFor);
        return Skip(state, TriggerSkipReason.Debouncing, message, now);
    }

    private TriggerDecision? CheckEdge(TriggerKeyState state, DateTimeOffset now)
    {
        if (Options.Edge != TriggerEdge.Rising)
        {
            return null;
        }

        if (!state.EdgeConsumed)
        {
            state.EdgeConsumed = true;
            return null;
        }

        var message = TriggerMessages.ConditionStillTrue(RuleName, state);
        return Skip(state, TriggerSkipReason.ConditionStillTrue, message, now);
    }

    private TriggerDecision? CheckCooldown(TriggerKeyState state, DateTimeOffset now)
    {
        if (Options.Cooldown is not { } cooldown || state.LastTriggeredAt is not { } last || now - last >= cooldown)
        {
            return null;
        }

        var message = TriggerMessages.Cooldown(RuleName, state.Key, last, last + cooldown);
        return Skip(state, TriggerSkipReason.Cooldown, message, now);
    }

    private static TriggerDecision Skip(
        TriggerKeyState state,
        TriggerSkipReason reason,
        string message,
        DateTimeOffset now
    ) => new(TriggerDecisionKind.Skip, state.Key, reason, message, now);
}
