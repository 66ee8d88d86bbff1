namespace XMIoT.Framework.Settings;

/// <summary>A line of text between controls.</summary>
public class Title : Setting<string>
{
    internal override string? ValueText
    {
        get => Value;
        set => Value = value;
    }
}
