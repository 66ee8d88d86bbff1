namespace SageMakerRules.Generators.Model;

/// <summary>The type of an expression or field: a value kind, possibly an array of it.</summary>
/// <param name="Kind">The value kind (the element kind for arrays).</param>
/// <param name="IsArray">Whether this is an array.</param>
public readonly record struct ExpressionType(ValueKind Kind, bool IsArray = false)
{
    /// <summary>Whether this is a scalar number type.</summary>
    public bool IsNumeric =>
        !IsArray && Kind is ValueKind.Int or ValueKind.Long or ValueKind.Decimal or ValueKind.Double;

    /// <summary>The scalar element type of an array.</summary>
    public ExpressionType Element => new(Kind);

    /// <summary>The name as a rule author writes it, for example <c>double</c> or <c>string[]</c>.</summary>
    public override string ToString() => Name(Kind) + (IsArray ? "[]" : string.Empty);

    /// <summary>The language name of a value kind.</summary>
    /// <param name="kind">The kind.</param>
    public static string Name(ValueKind kind) =>
        kind switch
        {
            ValueKind.DateTime => "datetime",
            ValueKind.Duration => "duration",
            _ => kind.ToString().ToLowerInvariant(),
        };
}
