namespace XMIoT.Framework.Settings;

/// <summary>A drop-down list, optionally accepting typed-in values.</summary>
public class DropDown : Setting<string>
{
    /// <summary>Whether a value that is not among the options may be typed in.</summary>
    public bool AllowCustomText { get; set; }

    /// <summary>The entries offered.</summary>
    public List<Option> Options { get; set; } = [];

    internal override string? ValueText
    {
        get => Value;
        set => Value = value;
    }
}
