using Newtonsoft.Json;

namespace XMIoT.Framework.Settings;

/// <summary>One control of a settings template. Every control has a key that names its value.</summary>
[JsonConverter(typeof(SettingConverter))]
public abstract class Setting
{
    /// <summary>The key under which the control's value is stored in the parameters.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The label shown next to the control.</summary>
    public string? Caption { get; set; }

    /// <summary>The help text under the control; agents also use it to report problems.</summary>
    public string? HelpText { get; set; }

    /// <summary>Whether leaving the control asks the agent to refresh the template.</summary>
    public bool Postback { get; set; }

    /// <summary>Whether the control must not be left empty.</summary>
    public bool Required { get; set; }

    /// <summary>Whether the control is shown.</summary>
    public bool Visible { get; set; } = true;

    /// <summary>The type discriminator written into the template text.</summary>
    public string ControlType => GetType().Name;

    // The value as the parameters dictionary holds it; Populator assigns it.
    [JsonIgnore]
    internal abstract string? ValueText { get; set; }
}

/// <summary>A control with a typed value.</summary>
/// <typeparam name="T">The value type.</typeparam>
public abstract class Setting<T> : Setting
{
    /// <summary>The control's value.</summary>
    public T? Value { get; set; }
}
