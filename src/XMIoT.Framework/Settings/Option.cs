namespace XMIoT.Framework.Settings;

/// <summary>One entry of a drop-down. The member names keep the framework's own spelling.</summary>
public class Option
{
    /// <summary>The text shown.</summary>
    public string? DisplayMemeber { get; set; }

    /// <summary>The value stored when the entry is chosen.</summary>
    public string? ValueMemeber { get; set; }
}
