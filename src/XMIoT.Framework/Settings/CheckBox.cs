namespace XMIoT.Framework.Settings;

/// <summary>A check box.</summary>
public class CheckBox : Setting<bool>
{
    internal override string? ValueText
    {
        get => Value ? "true" : "false";
        set => Value = bool.TryParse(value, out var flag) && flag;
    }
}
