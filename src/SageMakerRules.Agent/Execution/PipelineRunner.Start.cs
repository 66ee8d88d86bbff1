using SageMakerRules.Agent.Monitoring;
using SageMakerRules.Agent.State;
using SageMakerRules.Agent.Telemetry;

namespace SageMakerRules.Agent.Execution;

public sealed partial class PipelineRunner
{
    private async Task<TriggerResult> StartAndRecordAsync(RuleRuntime runtime, PendingTrigger pending)
    {
        // Recorded with the key's new cooldown and edge state before the call: if the process dies during it, a
        // restart re-issues the same token and still holds the key back.
        Persist(
            "record a start",
            store => store.SaveStarting(pending, () => runtime.Policy.SnapshotKey(pending.TriggerKey))
        );
        var outcome = await _starter.StartAsync(pending, _lifetime.Token);
        if (outcome.Succeeded)
        {
            pending.ExecutionArn = outcome.ExecutionArn;
            Persist("record a started execution", store => store.MarkRunning(pending.Token, pending.ExecutionArn!));
            _monitor.Watch(pending);
            _metrics.Triggered(pending.RuleName);
            RunLog.ExecutionStarted(_logger, pending.RuleName, pending.PipelineName, pending.ExecutionArn!);
            return pending.ToResult(TriggerResultKind.Started, deferred: false);
        }

        RemoveInFlight(pending.Token);
        Persist("forget a failed start", store => store.Delete(pending.Token));
        var released = pending.Decision is { } decision
            ? runtime.Policy.Cancel(decision)
            : runtime.Policy.Release(pending.TriggerKey);
        PersistKey(runtime, pending.TriggerKey);
        StartReleased(released);
        _metrics.StartFailed(pending.RuleName, outcome.ErrorCode!);
        return pending.ToResult(TriggerResultKind.Failed, deferred: false) with
        {
            ErrorCode = outcome.ErrorCode,
            ErrorMessage = outcome.ErrorMessage,
        };
    }

    private void StartReleased(IReadOnlyList<PendingTrigger> released)
    {
        foreach (var pending in released)
        {
            var runtime = GetRuntime(pending.RuleName, pending.Monitor);
            _background.Run(() => PublishDeferredAsync(StartAndRecordAsync(runtime, pending)));
        }
    }

    private async Task PublishDeferredAsync(Task<TriggerResult> start)
    {
        try
        {
            var result = await start;
            await _deferred.Writer.WriteAsync(result with { IsDeferred = true });
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The runner stopped; the store keeps the start as interrupted and the next runner re-issues it.
        }
        catch (Exception exception)
        {
            RunLog.Unexpected(_logger, "deferred start", exception);
        }
    }

    private Task OnExecutionEndedAsync(PendingTrigger pending, ExecutionEnd end)
    {
        RemoveInFlight(pending.Token);
        Persist("forget an ended execution", store => store.Delete(pending.Token));
        var runtime = GetRuntime(pending.RuleName, pending.Monitor);
        StartReleased(runtime.Policy.Release(pending.TriggerKey));
        foreach (var other in AllRuntimes().Where(other => other != runtime))
        {
            StartReleased(other.Policy.ReleaseQueued());
        }

        _metrics.ExecutionCompleted(pending.RuleName, end.Status);
        RunLog.ExecutionEnded(_logger, pending.RuleName, pending.ExecutionArn!, end.Status.ToString());
        if (pending.Monitor.Wait)
        {
            _completions.Writer.TryWrite(ToCompletion(pending, end));
        }

        return Task.CompletedTask;
    }

    private static ExecutionCompletion ToCompletion(PendingTrigger pending, ExecutionEnd end) =>
        new()
        {
            RuleName = pending.RuleName,
            PipelineName = pending.PipelineName,
            ExecutionArn = pending.ExecutionArn!,
            TriggerKey = pending.TriggerKey,
            Status = end.Status,
            TriggeredAt = pending.TriggeredAt,
            CompletedAt = end.CompletedAt,
            FailureReason = end.FailureReason,
            FailedStep = end.FailedStep,
            IdempotencyToken = pending.Token,
            Event = pending.Event,
        };

    private bool TryAddInFlight(PendingTrigger pending, out PendingTrigger existing)
    {
        lock (_inFlight)
        {
            if (_inFlight.TryGetValue(pending.Token, out existing!))
            {
                return false;
            }

            _inFlight.Add(pending.Token, pending);
            return true;
        }
    }

    private void RemoveInFlight(string token)
    {
        lock (_inFlight)
        {
            _inFlight.Remove(token);
            if (_inFlight.Count == 0)
            {
                _idle?.TrySetResult();
                _idle = null;
            }
        }
    }

    private void PersistKey(RuleRuntime runtime, string? key) =>
        Persist(
            "save trigger state",
            store => store.SaveKey(runtime.Policy.RuleName, () => runtime.Policy.SnapshotKey(key))
        );

    private void Persist(string operation, Action<StateStore> write)
    {
        if (_store is not { } store)
        {
            return;
        }

        try
        {
            write(store);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            RunLog.StoreFailed(_logger, operation, exception);
        }
    }
}
