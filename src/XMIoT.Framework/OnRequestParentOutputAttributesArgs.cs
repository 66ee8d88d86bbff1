namespace XMIoT.Framework;

/// <summary>A request for the attributes a parent agent publishes; the host fills them in.</summary>
/// <param name="uniqueId">The requesting agent's <see cref="IAgent.UniqueId"/>.</param>
/// <param name="endpoint">The requesting agent's input endpoint.</param>
public class OnRequestParentOutputAttributesArgs(long uniqueId, string endpoint) : EventArgs
{
    /// <summary>The requesting agent's id.</summary>
    public long UniqueId { get; } = uniqueId;

    /// <summary>The requesting agent's input endpoint.</summary>
    public string Endpoint { get; } = endpoint;

    /// <summary>The parent's output attributes, set by the host.</summary>
    public IEnumerable<Attribute> ParentOutputs { get; set; } = [];
}
