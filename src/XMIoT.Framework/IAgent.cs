namespace XMIoT.Framework;

/// <summary>The contract every XMPro Data Streams agent implements; the stream host drives it.</summary>
public interface IAgent
{
    /// <summary>The agent instance's id within its stream, set by the host.</summary>
    long UniqueId { get; set; }

    /// <summary>Raised by the agent to pass events to an output endpoint.</summary>
    event EventHandler<OnPublishArgs> OnPublish;

    /// <summary>Raised by the agent to have the host decrypt a secure setting value.</summary>
    event EventHandler<OnDecryptRequestArgs> OnDecryptRequest;

    /// <summary>Returns the settings template, refreshed for the current values (also on every postback).</summary>
    /// <param name="template">The template as last returned, or the packaged one.</param>
    /// <param name="parameters">The current setting values by key; secure values are encrypted.</param>
    string GetConfigurationTemplate(string template, IDictionary<string, string> parameters);

    /// <summary>Checks the settings; an empty array means they are valid.</summary>
    /// <param name="parameters">The setting values by key; secure values are encrypted.</param>
    string[] Validate(IDictionary<string, string> parameters);

    /// <summary>Declares the attributes of the events published on an output endpoint.</summary>
    /// <param name="endpoint">The output endpoint name.</param>
    /// <param name="parameters">The setting values by key.</param>
    IEnumerable<Attribute> GetOutputAttributes(string endpoint, IDictionary<string, string> parameters);

    /// <summary>Stores the configuration and prepares every resource the agent needs at run time.</summary>
    /// <param name="configuration">The setting values of the published stream.</param>
    void Create(Configuration configuration);

    /// <summary>Starts the agent; the host may call it after the first events were received.</summary>
    void Start();

    /// <summary>Stops the agent and releases its resources.</summary>
    void Destroy();
}
