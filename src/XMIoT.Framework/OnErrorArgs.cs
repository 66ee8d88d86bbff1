using Newtonsoft.Json.Linq;

namespace XMIoT.Framework;

/// <summary>One error record for the error endpoint.</summary>
public class OnErrorArgs : EventArgs
{
    /// <summary>Creates an error record without the events concerned.</summary>
    /// <param name="agentId">The agent's <see cref="IAgent.UniqueId"/>.</param>
    /// <param name="timestamp">When the error happened, in UTC.</param>
    /// <param name="source">The fully qualified member that failed.</param>
    /// <param name="error">A short message or the exception type name.</param>
    /// <param name="detailedError">The detail.</param>
    public OnErrorArgs(long agentId, DateTime timestamp, string source, string error, string detailedError)
        : this(agentId, timestamp, source, error, detailedError, new JArray()) { }

    /// <summary>Creates an error record.</summary>
    /// <param name="agentId">The agent's <see cref="IAgent.UniqueId"/>.</param>
    /// <param name="timestamp">When the error happened, in UTC.</param>
    /// <param name="source">The fully qualified member that failed.</param>
    /// <param name="error">A short message or the exception type name.</param>
    /// <param name="detailedError">The detail.</param>
    /// <param name="data">The events being processed.</param>
    public OnErrorArgs(long agentId, DateTime timestamp, string source, string error, string detailedError, JArray data)
    {
        AgentId = agentId;
        Timestamp = timestamp;
        Source = source;
        Error = error;
        DetailedError = detailedError;
        Data = data;
    }

    /// <summary>Creates an error record for events given one by one (event-level streaming, 4.6).</summary>
    /// <param name="agentId">The agent's <see cref="IAgent.UniqueId"/>.</param>
    /// <param name="timestamp">When the error happened, in UTC.</param>
    /// <param name="source">The fully qualified member that failed.</param>
    /// <param name="error">A short message or the exception type name.</param>
    /// <param name="detailedError">The detail.</param>
    /// <param name="data">The events being processed.</param>
    public OnErrorArgs(
        long agentId,
        DateTime timestamp,
        string source,
        string error,
        string detailedError,
        IEnumerable<JToken> data
    )
        : this(agentId, timestamp, source, error, detailedError, new JArray(data)) { }

    /// <summary>The agent's id.</summary>
    public long AgentId { get; }

    /// <summary>When the error happened, in UTC.</summary>
    public DateTime Timestamp { get; }

    /// <summary>The fully qualified member that failed.</summary>
    public string Source { get; }

    /// <summary>A short message or the exception type name.</summary>
    public string Error { get; }

    /// <summary>The detail.</summary>
    public string DetailedError { get; }

    /// <summary>The events being processed.</summary>
    public JArray Data { get; }
}
