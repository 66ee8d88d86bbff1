using System.Numerics;
using System.Text.RegularExpressions;

namespace SageMakerRules.Runtime;

/// <summary>The functions of the mapping language (see the operators part for the missing-value rules).</summary>
public static partial class RuleOperators
{
    /// <summary><c>startsWith(text, prefix)</c>, ordinal.</summary>
    /// <param name="text">The text.</param>
    /// <param name="prefix">The prefix.</param>
    public static bool? StartsWith(string? text, string? prefix) =>
        text is null || prefix is null ? null : text.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary><c>endsWith(text, suffix)</c>, ordinal.</summary>
    /// <param name="text">The text.</param>
    /// <param name="suffix">The suffix.</param>
    public static bool? EndsWith(string? text, string? suffix) =>
        text is null || suffix is null ? null : text.EndsWith(suffix, StringComparison.Ordinal);

    /// <summary><c>contains(text, part)</c>, ordinal.</summary>
    /// <param name="text">The text.</param>
    /// <param name="part">The text to look for.</param>
    public static bool? Contains(string? text, string? part) =>
        text is null || part is null ? null : text.Contains(part, StringComparison.Ordinal);

    /// <summary><c>contains(array, value)</c>: whether an array field holds a value.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    /// <param name="value">The value to look for.</param>
    public static bool? Contains<T>(T[]? array, T? value)
        where T : struct, IEquatable<T> =>
        array is null || value is null ? null : Array.IndexOf(array, value.Value) >= 0;

    /// <summary><c>contains(array, value)</c> for an array of strings (ordinal).</summary>
    /// <param name="array">The array.</param>
    /// <param name="value">The value to look for.</param>
    public static bool? Contains(string[]? array, string? value) =>
        array is null || value is null ? null : Array.IndexOf(array, value) >= 0;

    /// <summary><c>matches(text, pattern)</c>: whether the compiled regular expression matches.</summary>
    /// <param name="text">The text.</param>
    /// <param name="regex">The expression, compiled once per rule.</param>
    public static bool? Matches(string? text, Regex regex)
    {
        ArgumentNullException.ThrowIfNull(regex);
        try
        {
            return text is null ? null : regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary><c>lower(text)</c> with invariant casing.</summary>
    /// <param name="text">The text.</param>
    public static string? Lower(string? text) => text?.ToLowerInvariant();

    /// <summary><c>upper(text)</c> with invariant casing.</summary>
    /// <param name="text">The text.</param>
    public static string? Upper(string? text) => text?.ToUpperInvariant();

    /// <summary><c>len(text)</c>: the number of UTF-16 characters.</summary>
    /// <param name="text">The text.</param>
    public static int? Length(string? text) => text?.Length;

    /// <summary><c>len(array)</c>: the number of elements.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    public static int? Length<T>(T[]? array) => array?.Length;

    /// <summary><c>abs(number)</c>.</summary>
    /// <typeparam name="T">The numeric type.</typeparam>
    /// <param name="value">The number.</param>
    public static T? Abs<T>(T? value)
        where T : struct, INumber<T> => value.HasValue ? T.Abs(value.Value) : null;

    /// <summary><c>abs(duration)</c>.</summary>
    /// <param name="value">The duration.</param>
    public static TimeSpan? Abs(TimeSpan? value) => value?.Duration();

    /// <summary><c>min(array)</c>: the least element, unknown for a missing or empty array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    public static T? Min<T>(T[]? array)
        where T : struct, IComparable<T> => array is { Length: > 0 } ? array.Min() : null;

    /// <summary><c>max(array)</c>: the greatest element, unknown for a missing or empty array.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="array">The array.</param>
    public static T? Max<T>(T[]? array)
        where T : struct, IComparable<T> => array is { Length: > 0 } ? array.Max() : null;

    /// <summary><c>round(number)</c>: to a whole number, midpoints away from zero.</summary>
    /// <param name="value">The number.</param>
    public static long? RoundToLong(double? value) =>
        value.HasValue ? (long)Math.Round(value.Value, MidpointRounding.AwayFromZero) : null;

    /// <summary><c>round(number)</c> for decimals: to a whole number, midpoints away from zero.</summary>
    /// <param name="value">The number.</param>
    public static long? RoundToLong(decimal? value) =>
        value.HasValue ? (long)Math.Round(value.Value, MidpointRounding.AwayFromZero) : null;

    /// <summary><c>min(a, b)</c>.</summary>
    /// <typeparam name="T">The operand type.</typeparam>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static T? Min<T>(T? left, T? right)
        where T : struct, IComparable<T> =>
        left.HasValue && right.HasValue ? (left.Value.CompareTo(right.Value) <= 0 ? left : right) : null;

    /// <summary><c>max(a, b)</c>.</summary>
    /// <typeparam name="T">The operand type.</typeparam>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static T? Max<T>(T? left, T? right)
        where T : struct, IComparable<T> =>
        left.HasValue && right.HasValue ? (left.Value.CompareTo(right.Value) >= 0 ? left : right) : null;

    /// <summary><c>round(number, digits)</c>: midpoints round away from zero.</summary>
    /// <param name="value">The number.</param>
    /// <param name="digits">The number of fractional digits, 0 to 15.</param>
    public static double? Round(double? value, int digits) =>
        value.HasValue ? Math.Round(value.Value, Math.Clamp(digits, 0, 15), MidpointRounding.AwayFromZero) : null;

    /// <summary><c>round(number, digits)</c> for decimals: midpoints round away from zero.</summary>
    /// <param name="value">The number.</param>
    /// <param name="digits">The number of fractional digits, 0 to 28.</param>
    public static decimal? Round(decimal? value, int digits) =>
        value.HasValue ? Math.Round(value.Value, Math.Clamp(digits, 0, 28), MidpointRounding.AwayFromZero) : null;
}
