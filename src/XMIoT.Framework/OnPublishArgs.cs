using Newtonsoft.Json.Linq;

namespace XMIoT.Framework;

/// <summary>The events an agent publishes to one output endpoint, as a batch or as a stream.</summary>
public class OnPublishArgs : EventArgs
{
    /// <summary>Publishes a batch of events (recommended agent-level form).</summary>
    /// <param name="events">The events, each a JSON object.</param>
    /// <param name="endpoint">The output endpoint name.</param>
    public OnPublishArgs(JArray events, string endpoint)
    {
        Events = events;
        Endpoint = endpoint;
    }

    /// <summary>Publishes rows, each an <c>IDictionary&lt;string, object&gt;</c>.</summary>
    /// <param name="rtr">The rows.</param>
    /// <param name="endpoint">The output endpoint name.</param>
    public OnPublishArgs(Array rtr, string endpoint)
    {
        Events = JArray.FromObject(rtr);
        Endpoint = endpoint;
    }

    /// <summary>Publishes a stream of events, each one UTF-8 JSON object (event-level streaming, 4.6).</summary>
    /// <param name="events">The events.</param>
    /// <param name="endpoint">The output endpoint name.</param>
    public OnPublishArgs(IAsyncEnumerable<byte[]> events, string endpoint)
    {
        EventStream = events;
        Endpoint = endpoint;
    }

    /// <summary>Publishes a stream of events, each one JSON object as text (event-level streaming, 4.6).</summary>
    /// <param name="events">The events.</param>
    /// <param name="endpoint">The output endpoint name.</param>
    public OnPublishArgs(IAsyncEnumerable<string> events, string endpoint)
    {
        EventStream = Utf8(events);
        Endpoint = endpoint;
    }

    /// <summary>The output endpoint name.</summary>
    public string Endpoint { get; }

    /// <summary>The published batch, or <see langword="null"/> when a stream was published.</summary>
    public JArray? Events { get; }

    /// <summary>The published stream, or <see langword="null"/> when a batch was published.</summary>
    public IAsyncEnumerable<byte[]>? EventStream { get; }

    /// <summary>Returns the published events as JSON objects, whichever form was published.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    public async IAsyncEnumerable<JToken> ReadEventsAsync(
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default
    )
    {
        if (Events is not null)
        {
            foreach (var token in Events)
            {
                yield return token;
            }

            yield break;
        }

        await foreach (var utf8 in EventStream!.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return JToken.Parse(System.Text.Encoding.UTF8.GetString(utf8));
        }
    }

    private static async IAsyncEnumerable<byte[]> Utf8(IAsyncEnumerable<string> events)
    {
        await foreach (var text in events.ConfigureAwait(false))
        {
            yield return System.Text.Encoding.UTF8.GetBytes(text);
        }
    }
}
