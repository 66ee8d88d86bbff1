namespace SageMakerRules.Generators.Model;

/// <summary>One typed field of a rule's event.</summary>
/// <param name="Name">The name used in expressions.</param>
/// <param name="PropertyName">The generated C# property name.</param>
/// <param name="Type">The field type.</param>
/// <param name="IsOptional">Whether the field may be missing or null.</param>
/// <param name="Pointer">The RFC 6901 JSON Pointer the field is read from.</param>
/// <param name="Segments">The unescaped pointer segments.</param>
public sealed record FieldModel(
    string Name,
    string PropertyName,
    ExpressionType Type,
    bool IsOptional,
    string Pointer,
    EquatableArray<string> Segments
);
