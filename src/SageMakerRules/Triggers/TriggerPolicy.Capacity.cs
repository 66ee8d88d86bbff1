namespace SageMakerRules.Triggers;

public sealed partial class TriggerPolicy<TItem>
{
    /// <summary>Gives back the running slot of an execution of <paramref name="key"/> that finished.</summary>
    /// <param name="key">The execution's trigger key.</param>
    /// <returns>The queued items released into the freed capacity, oldest first; each now holds a running
    /// slot.</returns>
    public IReadOnlyList<TItem> Release(string? key)
    {
        lock (_lock)
        {
            return ReleaseLocked(key ?? string.Empty);
        }
    }

    /// <summary>
    /// Undoes a <see cref="TriggerDecisionKind.Fire"/> whose start failed: gives the slot back and restores the
    /// key's cooldown to what it was, so that a failed start does not hold the key back.
    /// </summary>
    /// <param name="decision">The fire decision.</param>
    /// <returns>The queued items released into the freed capacity.</returns>
    public IReadOnlyList<TItem> Cancel(TriggerDecision decision)
    {
        lock (_lock)
        {
            if (_keys.TryGetValue(decision.Key, out var state) && state.LastTriggeredAt == decision.DecidedAt)
            {
                state.LastTriggeredAt = decision.PreviousTriggeredAt;
                Interlocked.Increment(ref _version);
            }

            return ReleaseLocked(decision.Key);
        }
    }

    /// <summary>Releases queued triggers into capacity freed elsewhere (another rule's execution finished).</summary>
    /// <returns>The released items, oldest first; each now holds a running slot.</returns>
    public IReadOnlyList<TItem> ReleaseQueued()
    {
        lock (_lock)
        {
            return ReleaseQueuedLocked();
        }
    }

    /// <summary>
    /// Removes every queued trigger without starting it, for example when the agent stops without a store.
    /// </summary>
    /// <returns>The removed items, oldest first.</returns>
    public IReadOnlyList<TItem> TakeQueued()
    {
        lock (_lock)
        {
            var items = _queue.Select(entry => entry.Item).ToList();
            foreach (var entry in _queue)
            {
                entry.State.Queued--;
            }

            _queue.Clear();
            return items;
        }
    }

    private List<TItem> ReleaseLocked(string key)
    {
        if (_keys.TryGetValue(key, out var state) && state.Running > 0)
        {
            state.Running--;
            _running--;
            _gate.Release();
        }

        return ReleaseQueuedLocked();
    }

    private TriggerSkipReason? TryReserve(TriggerKeyState state)
    {
        if (Options.MaxRunningPerKey is { } perKey && state.Running >= perKey)
        {
            return TriggerSkipReason.KeyBusy;
        }

        if (Options.MaxRunning is { } total && _running >= total)
        {
            return TriggerSkipReason.RuleBusy;
        }

        if (!_gate.TryAcquire())
        {
            return TriggerSkipReason.AgentBusy;
        }

        state.Running++;
        _running++;
        return null;
    }

    private TriggerDecision OnBusy(TriggerKeyState state, TriggerSkipReason busy, TItem item, DateTimeOffset now)
    {
        var busyMessage = TriggerMessages.Busy(RuleName, state, busy, Options, _running, _gate);
        if (Options.WhenBusy == BusyBehavior.Skip)
        {
            return Skip(state, busy, busyMessage, now);
        }

        if (_queue.Count >= Options.QueueCapacity)
        {
            var full = TriggerMessages.QueueFull(busyMessage, Options.QueueCapacity);
            return Skip(state, TriggerSkipReason.QueueFull, full, now);
        }

        _queue.AddLast(new QueuedTrigger(state, item));
        state.Queued++;
        var previous = state.LastTriggeredAt;
        state.LastTriggeredAt = now;
        var queued = TriggerMessages.Queued(busyMessage, _queue.Count);
        return new TriggerDecision(TriggerDecisionKind.Queue, state.Key, busy, queued, now)
        {
            PreviousTriggeredAt = previous,
        };
    }

    private List<TItem> ReleaseQueuedLocked()
    {
        var released = new List<TItem>();
        var node = _queue.First;
        while (node is not null && !IsRuleFull())
        {
            var next = node.Next;
            var state = node.Value.State;
            if (TryReserve(state) is null)
            {
                _queue.Remove(node);
                state.Queued--;
                released.Add(node.Value.Item);
            }
            else if (_gate.Running >= _gate.Limit)
            {
                break;
            }

            node = next;
        }

        return released;
    }

    private bool IsRuleFull() => Options.MaxRunning is { } total && _running >= total;

    private sealed record QueuedTrigger(TriggerKeyState State, TItem Item);
}
