namespace XMIoT.Framework.Settings;

/// <summary>A text field.</summary>
public class TextBox : Setting<string>
{
    /// <summary>Whether the value is encrypted and never shown in plain text.</summary>
    public bool Secure { get; set; }

    /// <summary>Whether the browser may not offer remembered values.</summary>
    public bool DisableAutocomplete { get; set; }

    internal override string? ValueText
    {
        get => Value;
        set => Value = value;
    }
}
