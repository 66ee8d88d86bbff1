using Newtonsoft.Json.Linq;

namespace XMIoT.Framework;

/// <summary>An agent that receives events on input endpoints (action agents, functions, transformations).</summary>
public interface IReceivingAgent
{
    /// <summary>Raised by the agent to learn the attributes its parent publishes.</summary>
    event EventHandler<OnRequestParentOutputAttributesArgs> OnRequestParentOutputAttributes;

    /// <summary>Declares the attributes the agent expects on an input endpoint.</summary>
    /// <param name="endpoint">The input endpoint name.</param>
    /// <param name="parameters">The setting values by key.</param>
    IEnumerable<Attribute> GetInputAttributes(string endpoint, IDictionary<string, string> parameters);

    /// <summary>Receives a batch of events (agent-level streaming).</summary>
    /// <param name="endpointName">The input endpoint the events arrived on.</param>
    /// <param name="events">The events, each a JSON object.</param>
    void Receive(string endpointName, JArray events);

    /// <summary>
    /// Receives events one at a time (event-level streaming, platform 4.6); each element is one event serialised
    /// as UTF-8 JSON without a byte order mark. An agent that does not implement it is given the events as one
    /// batch through <see cref="Receive"/>, as the stream host does.
    /// </summary>
    /// <param name="endpointName">The input endpoint the events arrive on.</param>
    /// <param name="events">The events, one UTF-8 JSON object per element.</param>
    /// <param name="cancellationToken">Cancelled when the stream stops.</param>
    async Task ReceiveAsync(
        string endpointName,
        IAsyncEnumerable<byte[]> events,
        CancellationToken cancellationToken = default
    )
    {
        var batch = new JArray();
        await foreach (var utf8Event in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(JToken.Parse(System.Text.Encoding.UTF8.GetString(utf8Event)));
        }

        Receive(endpointName, batch);
    }
}
