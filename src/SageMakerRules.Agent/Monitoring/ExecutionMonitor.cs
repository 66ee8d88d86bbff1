using Microsoft.Extensions.Logging;
using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Telemetry;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Monitoring;

/// <summary>
/// One background loop that refreshes every in-flight execution with as few calls as possible: per pipeline, pages of
/// <c>ListPipelineExecutions</c> (100 executions each, newest first) cover the executions they list, and
/// <c>DescribePipelineExecution</c> is used only for the rest. A failed execution costs one
/// <c>ListPipelineExecutionSteps</c> to name its failed step. Executions past their rule's timeout are reported (and
/// stopped when the rule asks). A failed call, including one that could not get AWS credentials, is logged and tried
/// again at the pipeline's next poll; it never ends the loop or an execution.
/// </summary>
internal sealed partial class ExecutionMonitor(
    ISageMakerPipelinesClient client,
    TimeProvider timeProvider,
    ILogger logger,
    SettingNames names,
    Func<PendingTrigger, ExecutionEnd, Task> onEnded
) : IAsyncDisposable
{
    private readonly Dictionary<string, PipelineWatch> _watches = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _wake = new(0, 1);
    private CancellationTokenSource? _stopping;
    private Task _loop = Task.CompletedTask;
    private int _rounds;

    /// <summary>How many times the loop has finished a pass and begun to wait (lets tests synchronise).</summary>
    public int Rounds => Volatile.Read(ref _rounds);

    /// <summary>How many executions are watched.</summary>
    public int Count
    {
        get
        {
            lock (_watches)
            {
                return _watches.Values.Sum(watch => watch.Executions.Count);
            }
        }
    }

    public void Start(CancellationToken lifetime)
    {
        _stopping = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
        _loop = Task.Run(() => RunAsync(_stopping.Token));
    }

    public void Watch(PendingTrigger pending)
    {
        ArgumentNullException.ThrowIfNull(pending.ExecutionArn);
        var now = timeProvider.GetUtcNow();
        lock (_watches)
        {
            if (!_watches.TryGetValue(pending.PipelineName, out var watch))
            {
                watch = new PipelineWatch(pending.PipelineName);
                _watches.Add(pending.PipelineName, watch);
            }

            watch.Executions[pending.ExecutionArn] = new WatchedExecution(pending);
            var due = now + pending.Monitor.PollInterval;
            watch.NextPollAt = due < watch.NextPollAt ? due : watch.NextPollAt;
        }

        Wake();
    }

    /// <summary>Refreshes every pipeline whose poll is due now; the loop calls it, and so can tests.</summary>
    public async Task RefreshDueAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        List<PipelineWatch> due;
        lock (_watches)
        {
            due = [.. _watches.Values.Where(watch => watch.NextPollAt <= now)];
        }

        foreach (var watch in due)
        {
            await RefreshAsync(watch, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stopping is not null)
        {
            await _stopping.CancelAsync();
        }

        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping?.Dispose();
        _wake.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await RefreshDueAsync(cancellationToken);
                await WaitForWorkAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                RunLog.Unexpected(logger, "execution monitor", exception);
            }
        }
    }

    private async Task WaitForWorkAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset next;
        lock (_watches)
        {
            next = _watches.Values.Select(watch => watch.NextPollAt).DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        }

        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay =
            next == DateTimeOffset.MaxValue
                ? Task.Delay(Timeout.Infinite, waiting.Token)
                : Task.Delay(Max(next - timeProvider.GetUtcNow(), TimeSpan.Zero), timeProvider, waiting.Token);
        var wake = _wake.WaitAsync(waiting.Token);
        Interlocked.Increment(ref _rounds);
        await Task.WhenAny(delay, wake);
        await waiting.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A wake-up is already pending.
        }
        catch (ObjectDisposedException)
        {
            // The monitor stopped.
        }
    }

    private static TimeSpan Max(TimeSpan left, TimeSpan right) => left > right ? left : right;
}
