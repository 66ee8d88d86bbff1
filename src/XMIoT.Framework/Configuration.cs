namespace XMIoT.Framework;

/// <summary>The setting values of a published agent, as the host passes them to <see cref="IAgent.Create"/>.</summary>
public class Configuration
{
    /// <summary>The setting values by key; secure values are encrypted.</summary>
    public IDictionary<string, string> Parameters { get; set; } = new Dictionary<string, string>();

    /// <summary>Returns the value of a setting, or <see langword="null"/> when it is not set.</summary>
    /// <param name="key">The setting key.</param>
    public string this[string key] => Parameters.TryGetValue(key, out var value) ? value : null!;
}
