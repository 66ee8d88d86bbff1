using System.Globalization;
using System.Text.RegularExpressions;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// EventBridge's numbers: values from -5.0e9 to 5.0e9 compared with six digits after the decimal point, which the
/// generated code does by comparing the value times one million truncated to a 64-bit integer.
/// </summary>
public static class PatternNumber
{
    /// <summary>The largest magnitude EventBridge compares numerically.</summary>
    public const decimal Limit = 5_000_000_000m;

    /// <summary>The message EventBridge gives for a numeric value outside its range.</summary>
    public const string RangeReason = "Value must be between -5.0E9 and 5.0E9, inclusive";

    private static readonly Regex JsonNumber = new(
        @"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$",
        RegexOptions.CultureInvariant
    );

    /// <summary>True when <paramref name="text"/> is a number in JSON's grammar.</summary>
    public static bool IsJsonNumber(string text) => JsonNumber.IsMatch(text);

    /// <summary>
    /// Converts a JSON number to its scaled form (value times 10^6, truncated); false when it is outside the range
    /// EventBridge compares numerically.
    /// </summary>
    public static bool TryScale(string text, out long scaled)
    {
        scaled = 0;
        if (!TryParse(text, out var value) || value > Limit || value < -Limit)
        {
            return false;
        }

        scaled = (long)decimal.Truncate(value * 1_000_000m);
        return true;
    }

    /// <summary>Parses a JSON number as a double (for values outside the scaled range).</summary>
    public static double ToDouble(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static bool TryParse(string text, out decimal value)
    {
        value = 0;
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var approximate))
        {
            return false;
        }

        if (approximate > (double)Limit * 2 || approximate < -(double)Limit * 2)
        {
            return false;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
