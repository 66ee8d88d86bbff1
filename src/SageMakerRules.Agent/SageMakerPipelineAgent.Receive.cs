using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SageMakerRules.Agent.Processing;
using SageMakerRules.Agent.Publishing;

namespace SageMakerRules.Agent;

public sealed partial class SageMakerPipelineAgent
{
    /// <summary>
    /// Handles a batch of events (agent-level streaming): each event is read straight from its object, every rule
    /// is evaluated and triggers are started; the outputs are published as one batch on <c>Output</c>. A bad event
    /// produces one record on <c>Error</c> and the batch goes on; no exception escapes.
    /// </summary>
    /// <param name="endpointName">The input endpoint.</param>
    /// <param name="events">The events, each a JSON object.</param>
    public void Receive(string endpointName, JArray events)
    {
        var outputs = new JArray();
        foreach (var token in events ?? [])
        {
            try
            {
                ReceiveOne(token, outputs);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                Log.EventFailed(_logger, exception, exception.GetType().Name, nameof(Receive));
                _publisher.Error(_errors.Unexpected(nameof(Receive), exception, token));
            }
        }

        _publisher.Output(outputs);
    }

    /// <summary>
    /// Handles events one at a time (event-level streaming, XMPro 4.6): each event is read from its UTF-8 bytes and
    /// its outputs are published through the streaming overload as soon as they are ready, so memory stays flat.
    /// Gives exactly the outputs <see cref="Receive"/> gives for the same events. No exception escapes.
    /// </summary>
    /// <param name="endpointName">The input endpoint.</param>
    /// <param name="events">The events, one UTF-8 JSON object per element.</param>
    /// <param name="cancellationToken">Stops reading further events.</param>
    /// <returns>A task that completes when the stream ends or is cancelled.</returns>
    public async Task ReceiveAsync(
        string endpointName,
        IAsyncEnumerable<byte[]> events,
        CancellationToken cancellationToken = default
    )
    {
        try
        {
            await foreach (var utf8 in events.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await ReceiveOneAsync(utf8, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The stream host stopped the stream; events not read yet stay with the host.
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.EventFailed(_logger, exception, exception.GetType().Name, nameof(ReceiveAsync));
            _publisher.Error(_errors.Unexpected(nameof(ReceiveAsync), exception, null));
        }
    }

    private void ReceiveOne(JToken token, JArray outputs)
    {
        if (RuntimeOrError(nameof(Receive), token) is not { } runtime)
        {
            return;
        }

        if (token is not JObject @event)
        {
            PublishInvalid(nameof(Receive), [NotAnObject(token.Type.ToString())], token);
            return;
        }

        var results = runtime.Processor.ProcessAsync(@event, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        foreach (var result in results.Outputs)
        {
            outputs.Add(OutputEvents.Append(@event, result));
        }

        PublishProblems(nameof(Receive), results, @event);
    }

    private async Task ReceiveOneAsync(byte[]? utf8, CancellationToken cancellationToken)
    {
        try
        {
            if (RuntimeOrError(nameof(ReceiveAsync), utf8 is null ? null : ForRecord(utf8)) is not { } runtime)
            {
                return;
            }

            if (utf8 is null)
            {
                PublishInvalid(nameof(ReceiveAsync), [NotAnObject("null")], JValue.CreateNull());
                return;
            }

            var results = await runtime.Processor.ProcessAsync(utf8, cancellationToken).ConfigureAwait(false);
            if (results.Outputs.Count > 0)
            {
                _publisher.Output(results.Outputs.Select(result => OutputEvents.Append(utf8, result)).ToList());
            }

            if (results.Errors.Count > 0 || results.FailedStarts.Count > 0)
            {
                PublishProblems(nameof(ReceiveAsync), results, ForRecord(utf8));
            }
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or OperationCanceledException))
        {
            Log.EventFailed(_logger, exception, exception.GetType().Name, nameof(ReceiveAsync));
            _publisher.Error(
                _errors.Unexpected(nameof(ReceiveAsync), exception, utf8 is null ? null : ForRecord(utf8))
            );
        }
    }

    private void PublishProblems(string member, EventResults results, JToken @event)
    {
        if (results.Errors.Count > 0)
        {
            PublishInvalid(member, results.Errors, @event);
        }

        foreach (var failed in results.FailedStarts)
        {
            Log.StartFailed(_logger, failed.RuleName, failed.ErrorCode ?? "unknown");
            _publisher.Error(
                _errors.StartFailed(member, failed.RuleName, failed.ErrorCode, failed.ErrorMessage, @event)
            );
        }
    }

    private void PublishInvalid(string member, IReadOnlyList<EventError> errors, JToken @event)
    {
        Log.EventRejected(_logger, member, errors[0].Kind.ToString());
        _publisher.Error(_errors.InvalidEvent(member, errors, @event));
    }

    private static EventError NotAnObject(string found) =>
        new(
            EventErrorKind.MalformedJson,
            null,
            "a JSON object",
            found,
            $"The event is {found}, not a JSON object. Send each event as one JSON object of attributes."
        );

    /// <summary>The event as the error record carries it: the object, or its raw text when it is not JSON.</summary>
    private static JToken ForRecord(byte[] utf8)
    {
        try
        {
            using var reader = new JsonTextReader(new StreamReader(new MemoryStream(utf8), Encoding.UTF8));
            reader.DateParseHandling = DateParseHandling.None;
            return JToken.ReadFrom(reader);
        }
        catch (JsonException)
        {
            return new JValue(Encoding.UTF8.GetString(utf8));
        }
    }
}
