namespace XMIoT.Framework.Settings;

/// <summary>A field holding the name of a platform variable.</summary>
public class VariableBox : Setting<string>
{
    /// <summary>Whether only secure variables are offered.</summary>
    public bool Secure { get; set; }

    internal override string? ValueText
    {
        get => Value;
        set => Value = value;
    }
}
