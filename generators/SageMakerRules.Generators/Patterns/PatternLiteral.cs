namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// One literal of a pattern combination: a field test that matched some value, or a field path that has no value
/// anywhere in the event (<c>exists: false</c>).
/// </summary>
internal readonly struct PatternLiteral : System.IEquatable<PatternLiteral>
{
    private PatternLiteral(bool isAbsent, int index)
    {
        IsAbsent = isAbsent;
        Index = index;
    }

    /// <summary>True for an absent path, false for a matched test.</summary>
    public bool IsAbsent { get; }

    /// <summary>The test index (matched) or the path index (absent).</summary>
    public int Index { get; }

    /// <summary>The test at <paramref name="test"/> matched a value.</summary>
    public static PatternLiteral Matched(int test) => new(false, test);

    /// <summary>The path at <paramref name="path"/> has no value.</summary>
    public static PatternLiteral Absent(int path) => new(true, path);

    /// <inheritdoc />
    public bool Equals(PatternLiteral other) => IsAbsent == other.IsAbsent && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PatternLiteral other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => IsAbsent ? ~Index : Index;
}
