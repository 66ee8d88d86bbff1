namespace SageMakerRules;

/// <summary>One typed event field a rule declares under <c>event:</c>.</summary>
/// <param name="Name">The field name used in expressions and templates.</param>
/// <param name="Type">The scalar type, or the element type of an array.</param>
/// <param name="IsArray">Whether the field is an array of <paramref name="Type"/>.</param>
/// <param name="IsOptional">Whether the field may be missing or null without making the event invalid.</param>
/// <param name="Path">The RFC 6901 JSON Pointer the field is read from.</param>
public sealed record RuleField(string Name, FieldType Type, bool IsArray, bool IsOptional, string Path);
