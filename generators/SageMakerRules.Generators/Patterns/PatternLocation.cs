namespace SageMakerRules.Generators.Patterns;

/// <summary>A position in the rule file: 1-based line and column, 0-based character index.</summary>
public readonly struct PatternLocation : System.IEquatable<PatternLocation>
{
    /// <summary>Creates a location.</summary>
    public PatternLocation(int line, int column, int index)
    {
        Line = line;
        Column = column;
        Index = index;
    }

    /// <summary>The 1-based line.</summary>
    public int Line { get; }

    /// <summary>The 1-based column.</summary>
    public int Column { get; }

    /// <summary>The 0-based character index in the file.</summary>
    public int Index { get; }

    /// <inheritdoc />
    public bool Equals(PatternLocation other) => Line == other.Line && Column == other.Column && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PatternLocation other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (Line * 397) ^ Column ^ (Index << 8);
}
