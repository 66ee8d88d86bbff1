namespace SageMakerRules.Triggers;

public sealed partial class TriggerPolicy<TItem>
{
    /// <summary>The keys' state, least recently used first, for persistence.</summary>
    /// <returns>A snapshot that <see cref="Restore"/> accepts.</returns>
    public TriggerPolicySnapshot Snapshot()
    {
        lock (_lock)
        {
            var keys = _recency.Select(state => state.ToSnapshot()).ToList();
            return new TriggerPolicySnapshot(RuleName, keys);
        }
    }

    /// <summary>The state of one key, for writing it durably right after it changed.</summary>
    /// <param name="key">The trigger key; <see langword="null"/> counts as the empty key.</param>
    /// <returns>The key's snapshot, or <see langword="null"/> when the policy does not remember the key.</returns>
    public TriggerKeySnapshot? SnapshotKey(string? key)
    {
        lock (_lock)
        {
            return _keys.TryGetValue(key ?? string.Empty, out var state) ? state.ToSnapshot() : null;
        }
    }

    /// <summary>
    /// Restores the keys' state from a snapshot, before any evaluation. Keys already known are overwritten, so a
    /// full snapshot followed by newer snapshots of single keys restores the newest state of each.
    /// </summary>
    /// <param name="snapshot">A snapshot of this rule's policy.</param>
    public void Restore(TriggerPolicySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_lock)
        {
            foreach (var key in snapshot.Keys)
            {
                Touch(key.Key, key.LastSeenAt).Apply(key);
            }

            Interlocked.Increment(ref _version);
        }
    }

    /// <summary>
    /// Counts an execution found running after a restart, even over the limits (it is running already).
    /// </summary>
    /// <param name="key">The execution's trigger key.</param>
    public void RestoreRunning(string? key)
    {
        lock (_lock)
        {
            var state = GetOrAdd(key ?? string.Empty, _timeProvider.GetUtcNow());
            state.Running++;
            _running++;
            _gate.Acquire();
        }
    }

    /// <summary>Puts back a trigger that was queued before a restart, even over the queue's capacity.</summary>
    /// <param name="key">The trigger key.</param>
    /// <param name="item">The queued item.</param>
    public void RestoreQueued(string? key, TItem item)
    {
        lock (_lock)
        {
            var state = GetOrAdd(key ?? string.Empty, _timeProvider.GetUtcNow());
            _queue.AddLast(new QueuedTrigger(state, item));
            state.Queued++;
        }
    }

    private TriggerKeyState Touch(string key, DateTimeOffset now)
    {
        var state = GetOrAdd(key, now);
        state.LastSeenAt = now;
        _recency.Remove(state.RecencyNode!);
        _recency.AddLast(state.RecencyNode!);
        return state;
    }

    private TriggerKeyState GetOrAdd(string key, DateTimeOffset now)
    {
        if (_keys.TryGetValue(key, out var state))
        {
            return state;
        }

        EvictIdleKeys();
        state = new TriggerKeyState(key) { LastSeenAt = now };
        state.RecencyNode = _recency.AddLast(state);
        _keys.Add(key, state);
        return state;
    }

    private void EvictIdleKeys()
    {
        var node = _recency.First;
        while (_keys.Count >= _maxKeys && node is not null)
        {
            var next = node.Next;
            if (node.Value.IsIdle)
            {
                _recency.Remove(node);
                _keys.Remove(node.Value.Key);
            }

            node = next;
        }
    }
}
