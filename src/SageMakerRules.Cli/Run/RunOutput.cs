using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using XMIoT.Framework;

namespace SageMakerRules.Cli.Run;

/// <summary>
/// Writes what the agent publishes as it happens: output events as JSON lines on standard output, error records as
/// JSON lines on standard error or an errors file. Writes are queued and one writer drains them in order. The queue
/// is bounded: when standard output is slower than the agent (a slow pipe), publishing waits, so the agent stops
/// reading events and memory stays flat instead of filling with results nobody has read yet.
/// </summary>
internal sealed class RunOutput : IAsyncDisposable
{
    private const int QueueCapacity = 256;

    private readonly Channel<Func<Task>> _writes = Channel.CreateBounded<Func<Task>>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait }
    );
    private readonly TextWriter _output;
    private readonly TextWriter _errors;
    private readonly RunSummary _summary;
    private readonly Task _writer;

    /// <summary>Starts the writer.</summary>
    /// <param name="output">Where output events go.</param>
    /// <param name="errors">Where error records go.</param>
    /// <param name="summary">Counts what is written.</param>
    public RunOutput(TextWriter output, TextWriter errors, RunSummary summary)
    {
        _output = output;
        _errors = errors;
        _summary = summary;
        _writer = Task.Run(DrainAsync);
    }

    /// <summary>Handles the agent's <c>OnPublish</c>.</summary>
    /// <param name="sender">The agent.</param>
    /// <param name="args">The published events.</param>
    public void OnPublish(object? sender, OnPublishArgs args)
    {
        // ReceiveAsync publishes the results of input events as a stream; completions and released or resumed
        // triggers come later as a batch. Only the former are new matches of this run.
        if (args.Events is { } events)
        {
            var snapshot = events.DeepClone();
            Enqueue(() => WriteTokensAsync(snapshot.Children()));
        }
        else if (args.EventStream is { } stream)
        {
            Enqueue(() => WriteStreamAsync(stream));
        }
    }

    /// <summary>Handles the agent's <c>OnPublishError</c>.</summary>
    /// <param name="sender">The agent.</param>
    /// <param name="args">The error record.</param>
    public void OnPublishError(object? sender, OnErrorArgs args)
    {
        var record = new JObject
        {
            ["agentId"] = args.AgentId,
            ["timestamp"] = args.Timestamp.ToUniversalTime().ToString("O"),
            ["source"] = args.Source,
            ["error"] = args.Error,
            ["detail"] = args.DetailedError,
            ["events"] = args.Data,
        };
        _summary.ErrorRecord();
        Enqueue(() => _errors.WriteLineAsync(record.ToString(Formatting.None)));
    }

    /// <summary>Waits until everything published so far is written, then stops the writer.</summary>
    public async ValueTask DisposeAsync()
    {
        _writes.Writer.TryComplete();
        await _writer;
        await _output.FlushAsync();
        await _errors.FlushAsync();
    }

    private void Enqueue(Func<Task> write)
    {
        if (!_writes.Writer.TryWrite(write))
        {
            // The agent publishes through a synchronous event; waiting here is the backpressure.
            _writes.Writer.WriteAsync(write).AsTask().GetAwaiter().GetResult();
        }
    }

    private async Task DrainAsync()
    {
        await foreach (var write in _writes.Reader.ReadAllAsync())
        {
            await write();
            if (!_writes.Reader.TryPeek(out _))
            {
                // Results are written as they happen: flush whenever the queue runs dry.
                await _output.FlushAsync();
                await _errors.FlushAsync();
            }
        }
    }

    private async Task WriteTokensAsync(IEnumerable<JToken> events)
    {
        foreach (var @event in events)
        {
            await WriteOutputAsync(@event, fromInput: false);
        }
    }

    private async Task WriteStreamAsync(IAsyncEnumerable<byte[]> stream)
    {
        await foreach (var bytes in stream)
        {
            await WriteOutputAsync(JToken.Parse(Encoding.UTF8.GetString(bytes)), fromInput: true);
        }
    }

    private static string? Text(JToken @event, string attribute) =>
        @event[attribute] is JValue { Value: not null } value ? value.ToString(CultureInfo.InvariantCulture) : null;

    private async Task WriteOutputAsync(JToken @event, bool fromInput)
    {
        _summary.Output(
            Text(@event, "Outcome"),
            Text(@event, "ExecutionStatus"),
            !string.IsNullOrEmpty(Text(@event, "CompletedAt")),
            fromInput
        );
        await _output.WriteLineAsync(@event.ToString(Formatting.None));
    }
}
