namespace SageMakerRules.Generators.Model;

/// <summary>A template: literal text and placeholders, in order.</summary>
/// <param name="Text">The template as written.</param>
/// <param name="Parts">The parts.</param>
public sealed record TemplateModel(string Text, EquatableArray<TemplatePart> Parts)
{
    /// <summary>Whether the template has no placeholder.</summary>
    public bool IsLiteral => Parts.Count == 0 || (Parts.Count == 1 && Parts[0].Expression is null);
}

/// <summary>
/// Literal text (when <paramref name="Expression"/> is null) or a placeholder with an optional format.
/// </summary>
/// <param name="Literal">The literal text, with brace escapes resolved.</param>
/// <param name="Expression">The placeholder expression.</param>
/// <param name="Format">The .NET format string, or null.</param>
public sealed record TemplatePart(string Literal, BoundExpression? Expression, string? Format);

/// <summary>One pipeline parameter and its template.</summary>
/// <param name="Name">The SageMaker parameter name.</param>
/// <param name="Template">The value template.</param>
public sealed record ParameterModel(string Name, TemplateModel Template);
