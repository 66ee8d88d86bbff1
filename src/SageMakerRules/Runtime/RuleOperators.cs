using System.Numerics;

namespace SageMakerRules.Runtime;

/// <summary>
/// The operators and functions of the mapping language with its missing-value rules: an operand that is
/// <see langword="null"/> (a missing or null field) makes the result <see langword="null"/>, which means unknown.
/// Boolean <c>&amp;&amp;</c> and <c>||</c> are C#'s <c>&amp;</c> and <c>|</c> on <see cref="Nullable{Boolean}"/>, which
/// already follow three-valued logic. Generated rules call these members; none of them throws.
/// </summary>
public static partial class RuleOperators
{
    /// <summary>Whether a condition result makes the rule match: only <see langword="true"/> does.</summary>
    /// <param name="condition">The three-valued result.</param>
    public static bool IsTrue(bool? condition) => condition == true;

    /// <summary>Equality of two values, unknown when either is missing.</summary>
    /// <typeparam name="T">The operand type.</typeparam>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool? Equal<T>(T? left, T? right)
        where T : struct, IEquatable<T> => left.HasValue && right.HasValue ? left.Value.Equals(right.Value) : null;

    /// <summary>Ordinal equality of two strings, unknown when either is missing.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool? Equal(string? left, string? right) =>
        left is null || right is null ? null : string.Equals(left, right, StringComparison.Ordinal);

    /// <summary>The three-valued negation of an equality result.</summary>
    /// <param name="equal">The equality result.</param>
    public static bool? Not(bool? equal) => !equal;

    /// <summary>
    /// Whether <paramref name="left"/> sorts before <paramref name="right"/>; unknown when either is missing.
    /// </summary>
    /// <typeparam name="T">The operand type.</typeparam>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool? Less<T>(T? left, T? right)
        where T : struct, IComparable<T> => Compare(left, right) is { } order ? order < 0 : null;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    /// <typeparam name="T">The operand type.</typeparam>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool? LessOrEqual<T>(T? left, T? right)
        where T : struct, IComparable<T> => Compare(left, right) is { } order ? order <= 0 : null;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <typeparam name="T">The operand type.</typeparam>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool? Greater<T>(T? left, T? right)
        where T : struct, IComparable<T> => Compare(left, right) is { } order ? order > 0 : null;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    /// <typeparam name="T">The operand type.</typeparam>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool? GreaterOrEqual<T>(T? left, T? right)
        where T : struct, IComparable<T> => Compare(left, right) is { } order ? order >= 0 : null;

    /// <summary>Ordinal order of two strings: negative, zero or positive; unknown when either is missing.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static int? Compare(string? left, string? right) =>
        left is null || right is null ? null : string.CompareOrdinal(left, right);

    /// <summary>Whether a string sorts before another (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool? Less(string? left, string? right) => Compare(left, right) is { } order ? order < 0 : null;

    /// <summary>Whether a string sorts before or equal to another (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool? LessOrEqual(string? left, string? right) =>
        Compare(left, right) is { } order ? order <= 0 : null;

    /// <summary>Whether a string sorts after another (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool? Greater(string? left, string? right) => Compare(left, right) is { } order ? order > 0 : null;

    /// <summary>Whether a string sorts after or equal to another (ordinal).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    public static bool? GreaterOrEqual(string? left, string? right) =>
        Compare(left, right) is { } order ? order >= 0 : null;

    /// <summary>Division; unknown when an operand is missing or the divisor is zero.</summary>
    /// <typeparam name="T">The numeric type.</typeparam>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    public static T? Divide<T>(T? left, T? right)
        where T : struct, INumber<T> =>
        left.HasValue && right.HasValue && !T.IsZero(right.Value) ? left.Value / right.Value : null;

    /// <summary>Remainder; unknown when an operand is missing or the divisor is zero.</summary>
    /// <typeparam name="T">The numeric type.</typeparam>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    public static T? Remainder<T>(T? left, T? right)
        where T : struct, INumber<T> =>
        left.HasValue && right.HasValue && !T.IsZero(right.Value) ? left.Value % right.Value : null;

    private static int? Compare<T>(T? left, T? right)
        where T : struct, IComparable<T> => left.HasValue && right.HasValue ? left.Value.CompareTo(right.Value) : null;
}
