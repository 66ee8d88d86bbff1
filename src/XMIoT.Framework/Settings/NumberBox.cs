using System.Globalization;

namespace XMIoT.Framework.Settings;

/// <summary>A whole-number field.</summary>
public class NumberBox : Setting<long>
{
    internal override string? ValueText
    {
        get => Value.ToString(CultureInfo.InvariantCulture);
        set =>
            Value = long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number
                : 0;
    }
}
