using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SageMakerRules.Generators.Patterns;

/// <summary>One matcher of an event pattern field (an element of the field's array). Compares by value.</summary>
public sealed class PatternMatcher : System.IEquatable<PatternMatcher>
{
    private PatternMatcher(PatternMatcherKind kind) => Kind = kind;

    /// <summary>What the matcher tests.</summary>
    public PatternMatcherKind Kind { get; private set; }

    /// <summary>The text (string matchers, wildcard pattern, CIDR block, number as written).</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>For numbers: true when the value is within EventBridge's numeric range.</summary>
    public bool InRange { get; private set; }

    /// <summary>For numbers: the value times 10^6, truncated.</summary>
    public long Scaled { get; private set; }

    /// <summary>For numbers outside the range: the value as a double.</summary>
    public double Double { get; private set; }

    /// <summary>For numeric: the lower bound (scaled), if any.</summary>
    public long? Lower { get; private set; }

    /// <summary>For numeric: whether the lower bound is included.</summary>
    public bool LowerInclusive { get; private set; }

    /// <summary>For numeric: the upper bound (scaled), if any.</summary>
    public long? Upper { get; private set; }

    /// <summary>For numeric: whether the upper bound is included.</summary>
    public bool UpperInclusive { get; private set; }

    /// <summary>For cidr: the network address bytes (4 or 16).</summary>
    public IReadOnlyList<byte> Network { get; private set; } = new byte[0];

    /// <summary>For cidr: the number of mask bits.</summary>
    public int MaskBits { get; private set; }

    /// <summary>For anything-but: the excluded matchers.</summary>
    public IReadOnlyList<PatternMatcher> Excluded { get; private set; } = new PatternMatcher[0];

    /// <summary>Creates a matcher with only a text.</summary>
    public static PatternMatcher OfText(PatternMatcherKind kind, string text) => new(kind) { Text = text };

    /// <summary>Creates a literal true, false, null or exists matcher.</summary>
    public static PatternMatcher Of(PatternMatcherKind kind) => new(kind);

    /// <summary>Creates an exact number matcher from the number as written.</summary>
    public static PatternMatcher OfNumber(string text)
    {
        var inRange = PatternNumber.TryScale(text, out var scaled);
        var value = inRange ? 0 : PatternNumber.ToDouble(text);
        return new(PatternMatcherKind.ExactNumber)
        {
            Text = text,
            InRange = inRange,
            Scaled = scaled,
            Double = value,
        };
    }

    /// <summary>Creates a numeric range matcher over scaled bounds.</summary>
    public static PatternMatcher OfRange(long? lower, bool lowerInclusive, long? upper, bool upperInclusive) =>
        new(PatternMatcherKind.Numeric)
        {
            Lower = lower,
            LowerInclusive = lowerInclusive,
            Upper = upper,
            UpperInclusive = upperInclusive,
        };

    /// <summary>Creates a cidr matcher.</summary>
    public static PatternMatcher OfCidr(string text, byte[] network, int maskBits) =>
        new(PatternMatcherKind.Cidr)
        {
            Text = text,
            Network = network,
            MaskBits = maskBits,
        };

    /// <summary>Creates an anything-but matcher.</summary>
    public static PatternMatcher OfAnythingBut(IReadOnlyList<PatternMatcher> excluded) =>
        new(PatternMatcherKind.AnythingBut) { Excluded = excluded };

    /// <summary>A text that identifies the matcher by value.</summary>
    public string Key
    {
        get
        {
            var builder = new StringBuilder();
            builder.Append(Kind).Append('|').Append(Text.Length).Append(':').Append(Text).Append('|');
            builder.Append(InRange).Append(Scaled.ToString(CultureInfo.InvariantCulture)).Append('|');
            builder.Append(Double.ToString("R", CultureInfo.InvariantCulture)).Append('|');
            builder.Append(Lower).Append(LowerInclusive).Append(Upper).Append(UpperInclusive).Append('|');
            builder.Append(string.Join(".", Network)).Append('/').Append(MaskBits).Append('[');
            builder.Append(string.Join(",", Excluded.Select(m => m.Key))).Append(']');
            return builder.ToString();
        }
    }

    /// <inheritdoc />
    public bool Equals(PatternMatcher? other) => other is not null && Key == other.Key;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PatternMatcher);

    /// <inheritdoc />
    public override int GetHashCode() => Key.GetHashCode();
}
