using XMIoT.Framework.Settings.Enums;

namespace XMIoT.Framework.Settings;

/// <summary>A group of controls under a heading or on a page of its own.</summary>
public class Group : Setting<string>
{
    /// <summary>How the group is shown.</summary>
    public GroupType GroupType { get; set; }

    /// <summary>The controls in the group.</summary>
    public List<Setting> Settings { get; set; } = [];

    internal override string? ValueText
    {
        get => Value;
        set => Value = value;
    }
}
