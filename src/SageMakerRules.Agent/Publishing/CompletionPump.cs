using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using SageMakerRules.Agent.Execution;

namespace SageMakerRules.Agent.Publishing;

/// <summary>
/// Publishes what the runner reports after the receive call that caused it: executions that ended (completion
/// events) and deferred trigger results (released queued triggers, starts resumed after a restart).
/// </summary>
internal sealed class CompletionPump(PipelineRunner runner, Publisher publisher, ErrorRecords errors, ILogger logger)
{
    private const string Member = "Monitor";
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _flushing = new();
    private Task _completions = Task.CompletedTask;
    private Task _deferred = Task.CompletedTask;

    public void Start()
    {
        _completions = Task.Run(() => PumpAsync(runner.Completions, PublishCompletion));
        _deferred = Task.Run(() => PumpAsync(runner.DeferredResults, PublishDeferred));
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_completions, _deferred);
        FlushNow();
        _stop.Dispose();
    }

    private async Task PumpAsync<T>(System.Threading.Channels.ChannelReader<T> reader, Action<T> publish)
    {
        try
        {
            while (await reader.WaitToReadAsync(_stop.Token))
            {
                Flush(reader, publish);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Destroy stops the pump; what is still queued is flushed by StopAsync.
        }
    }

    /// <summary>Publishes everything the runner has reported so far, before returning.</summary>
    public void FlushNow()
    {
        Flush(runner.Completions, PublishCompletion);
        Flush(runner.DeferredResults, PublishDeferred);
    }

    private void Flush<T>(System.Threading.Channels.ChannelReader<T> reader, Action<T> publish)
    {
        // One flush at a time: a caller of FlushNow waits for an item the pump is publishing right now.
        lock (_flushing)
        {
            FlushLocked(reader, publish);
        }
    }

    private void FlushLocked<T>(System.Threading.Channels.ChannelReader<T> reader, Action<T> publish)
    {
        while (reader.TryRead(out var item))
        {
            try
            {
                publish(item);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Log.EventFailed(logger, exception, exception.GetType().Name, Member);
                publisher.Error(errors.Unexpected(Member, exception, null));
            }
        }
    }

    private void PublishCompletion(ExecutionCompletion completion)
    {
        var output = OutputEvents.Append(completion.Event.ToJObject(), ResultMapping.From(completion));
        publisher.Output(new JArray(output));
    }

    private void PublishDeferred(TriggerResult result)
    {
        if (result.Kind == TriggerResultKind.Failed)
        {
            Log.StartFailed(logger, result.RuleName, result.ErrorCode ?? "unknown");
            publisher.Error(
                errors.StartFailed(
                    Member,
                    result.RuleName,
                    result.ErrorCode,
                    result.ErrorMessage,
                    result.Event.ToJObject()
                )
            );
            return;
        }

        if (result.Kind != TriggerResultKind.NotMatched)
        {
            publisher.Output(new JArray(OutputEvents.Append(result.Event.ToJObject(), ResultMapping.From(result))));
        }
    }
}
