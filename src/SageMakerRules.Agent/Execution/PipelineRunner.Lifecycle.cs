using System.Text.Json;
using Microsoft.Data.Sqlite;
using SageMakerRules.Agent.State;
using SageMakerRules.Agent.Telemetry;

namespace SageMakerRules.Agent.Execution;

public sealed partial class PipelineRunner
{
    private TaskCompletionSource? _idle;
    private Task? _flushLoop;

    private Task InitializeCoreAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (_options.StateDirectory is { } directory)
        {
            OpenStore(directory);
            _flushLoop = FlushLoopAsync(_lifetime.Token);
        }

        _monitor.Start(_lifetime.Token);
        return Task.CompletedTask;
    }

    private void OpenStore(string directory)
    {
        try
        {
            _store = StateStore.Open(directory);
            Restore(_store);
        }
        catch (Exception exception)
            when (exception
                    is SqliteException
                        or IOException
                        or UnauthorizedAccessException
                        or JsonException
                        or FormatException
                        or ArgumentException
            )
        {
            _store?.Dispose();
            _store = null;
            throw new InvalidOperationException(
                $"The state directory '{directory}' cannot be used: {exception.Message} Check that the agent may "
                    + $"create and write files there; if '{StateStore.FileName}' is damaged, move it aside to start "
                    + "with empty state.",
                exception
            );
        }
    }

    private void Restore(StateStore store)
    {
        foreach (var snapshot in store.LoadPolicyState())
        {
            GetRuntime(snapshot.RuleName, MonitorOptions.Default).Policy.Restore(snapshot);
        }

        var triggers = store.LoadTriggers();
        foreach (var stored in triggers)
        {
            RestoreTrigger(stored);
        }

        foreach (var runtime in AllRuntimes())
        {
            StartReleased(runtime.Policy.ReleaseQueued());
        }

        RunLog.StateRestored(
            _logger,
            triggers.Count(t => t.State == StoredTriggerState.Running),
            triggers.Count(t => t.State == StoredTriggerState.Starting),
            triggers.Count(t => t.State == StoredTriggerState.Queued)
        );
    }

    private void RestoreTrigger(StoredTrigger stored)
    {
        var pending = stored.Pending;
        var runtime = GetRuntime(pending.RuleName, pending.Monitor);
        TryAddInFlight(pending, out _);
        switch (stored.State)
        {
            case StoredTriggerState.Running:
                runtime.Policy.RestoreRunning(pending.TriggerKey);
                _monitor.Watch(pending);
                break;
            case StoredTriggerState.Starting:
                // The previous process may have died during the call: the same token makes re-issuing it safe.
                runtime.Policy.RestoreRunning(pending.TriggerKey);
                _background.Run(() => PublishDeferredAsync(StartAndRecordAsync(runtime, pending)));
                break;
            default:
                runtime.Policy.RestoreQueued(pending.TriggerKey, pending);
                break;
        }
    }

    private async Task DrainCoreAsync(bool waitForExecutions, CancellationToken cancellationToken)
    {
        await _background.WhenIdleAsync(cancellationToken);
        if (waitForExecutions)
        {
            Task idle;
            lock (_inFlight)
            {
                _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                idle = _inFlight.Count == 0 ? Task.CompletedTask : _idle.Task;
            }

            await idle.WaitAsync(cancellationToken);
            await _background.WhenIdleAsync(cancellationToken);
        }

        FlushPolicies();
    }

    private async ValueTask DisposeCoreAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _lifetime.CancelAsync();
        await _monitor.DisposeAsync();
        await _background.WhenIdleAsync(CancellationToken.None);
        if (_flushLoop is not null)
        {
            await _flushLoop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        ReportQueuedAsLost();
        FlushPolicies();
        _store?.Dispose();
        _completions.Writer.TryComplete();
        _deferred.Writer.TryComplete();
        _lifetime.Dispose();
    }

    private void ReportQueuedAsLost()
    {
        if (_store is not null)
        {
            return;
        }

        foreach (var runtime in AllRuntimes())
        {
            foreach (var pending in runtime.Policy.TakeQueued())
            {
                var result = pending.ToResult(TriggerResultKind.Failed, deferred: true) with
                {
                    ErrorCode = "AgentStopped",
                    ErrorMessage = RunnerMessages.Stopped(pending.RuleName),
                };
                _deferred.Writer.TryWrite(result);
            }
        }
    }

    private async Task FlushLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(_options.StateFlushInterval, _timeProvider, cancellationToken);
                FlushPolicies();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Disposal writes the final state itself.
        }
    }

    private void FlushPolicies()
    {
        var changed = AllRuntimes().Where(runtime => runtime.Policy.Version != runtime.SavedVersion).ToList();
        if (changed.Count == 0)
        {
            return;
        }

        Persist(
            "save trigger state",
            store =>
            {
                foreach (var runtime in changed)
                {
                    var version = runtime.Policy.Version;
                    store.SavePolicy(runtime.Policy.Snapshot);
                    runtime.SavedVersion = version;
                }
            }
        );
    }
}
