using System.Globalization;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// The size and complexity limits of event patterns: EventBridge's 4,096-character pattern length, a bound on the
/// combinations <c>$or</c> makes, and a bound on wildcard complexity (see the <c>match:</c> section of
/// docs/mapping-language.md for where each number comes from).
/// </summary>
internal static class PatternLimits
{
    /// <summary>EventBridge's maximum pattern length (<c>EventPattern</c> in PutRule and TestEventPattern).</summary>
    public const int MaxLength = 4096;

    /// <summary>The maximum number of combinations the <c>$or</c>s of one pattern make.</summary>
    public const int MaxCombinations = 1000;

    /// <summary>The maximum wildcard complexity of one field (positions a value can be at at once).</summary>
    public const int MaxWildcardComplexity = 100;

    /// <summary>EventBridge's reason for a pattern whose wildcards are too complex.</summary>
    public const string WildcardReason =
        "Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a "
        + "wildcard character";

    /// <summary>Returns why the pattern is too long, or null.</summary>
    public static string? CheckLength(PatternValue root)
    {
        var length = CompactLength(root);
        return length <= MaxLength
            ? null
            : "Event pattern is "
                + length.ToString(CultureInfo.InvariantCulture)
                + " characters long written without whitespace; the maximum is "
                + MaxLength.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Returns why the pattern makes too many <c>$or</c> combinations, or null.</summary>
    public static string? CheckCombinations(PatternCondition condition)
    {
        var count = Combinations(condition);
        return count <= MaxCombinations
            ? null
            : "$or makes "
                + (count == long.MaxValue ? "more than " + int.MaxValue : count.ToString(CultureInfo.InvariantCulture))
                + " combinations of the pattern; the maximum is "
                + MaxCombinations.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The number of ways through the pattern's <c>$or</c>s (saturating).</summary>
    public static long Combinations(PatternCondition condition) =>
        condition.Kind switch
        {
            PatternConditionKind.Test => 1,
            PatternConditionKind.Any => condition.Children.Select(Combinations).Aggregate(0L, Add),
            _ => condition.Children.Select(Combinations).Aggregate(1L, Multiply),
        };

    /// <summary>The length of the pattern written as JSON without whitespace, in UTF-16 characters.</summary>
    public static int CompactLength(PatternValue value)
    {
        switch (value.Kind)
        {
            case PatternValueKind.Object:
                var members = value.Members.Sum(m => StringLength(m.Key) + 1 + CompactLength(m.Value));
                return 2 + members + System.Math.Max(0, value.Members.Count - 1);
            case PatternValueKind.Array:
                return 2 + value.Items.Sum(CompactLength) + System.Math.Max(0, value.Items.Count - 1);
            case PatternValueKind.String:
                return StringLength(value.Text);
            case PatternValueKind.Number:
                return value.Text.Length;
            case PatternValueKind.False:
                return 5;
            default:
                return 4;
        }
    }

    private static int StringLength(string text) =>
        2
        + text.Sum(c =>
            c is '"' or '\\' or '\b' or '\f' or '\n' or '\r' or '\t' ? 2
            : c < ' ' ? 6
            : 1
        );

    private static long Add(long left, long right) => left > long.MaxValue - right ? long.MaxValue : left + right;

    private static long Multiply(long left, long right) =>
        left == 0 || right == 0 ? 0
        : left > long.MaxValue / right ? long.MaxValue
        : left * right;
}
