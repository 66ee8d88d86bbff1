using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// Writes the rendering of a template in the parameter mapper: a literal stays a constant; a template that is one
/// string field reuses that field's text; anything else is appended piece by piece to one stack-buffered
/// <c>TemplateWriter</c> (numbers formatted in place, invariant culture) and becomes exactly one string.
/// </summary>
internal static class TemplateEmitter
{
    /// <summary>Writes the statements that render a value template and returns the expression of the result.</summary>
    public static string EmitText(CodeWriter writer, TemplateModel template, MapperLocals locals)
    {
        if (template.IsLiteral)
        {
            return CSharp.String(Literal(template));
        }

        if (template.Parts.Count == 1 && template.Parts[0] is { Format: null, Expression: { } sole })
        {
            if (sole is BoundField field && ExpressionEmitter.IsTextField(sole))
            {
                return $"({locals.Text(writer, field.Field)} ?? string.Empty)";
            }
        }

        EmitParts(writer, template, locals);
        return "text.ToText()";
    }

    /// <summary>Writes the statements that render a display name and returns the expression of the result.</summary>
    public static string EmitDisplayName(CodeWriter writer, TemplateModel template, MapperLocals locals)
    {
        if (template.IsLiteral)
        {
            var name = DisplayNames.Sanitize(Literal(template));
            return name.Length == 0 ? "null" : CSharp.String(name);
        }

        EmitParts(writer, template, locals);
        return "text.ToDisplayName()";
    }

    /// <summary>The text of a literal template.</summary>
    public static string Literal(TemplateModel template) =>
        template.Parts.Count == 0 ? string.Empty : template.Parts[0].Literal;

    private static void EmitParts(CodeWriter writer, TemplateModel template, MapperLocals locals)
    {
        locals.DeclareWriter(writer);
        foreach (var part in template.Parts)
        {
            writer.Line(
                part.Expression is null
                    ? $"text.Append({CSharp.String(part.Literal)});"
                    : Append(part.Expression, part.Format)
            );
        }
    }

    private static string Append(BoundExpression expression, string? format)
    {
        var type = expression.Type;
        if (type.IsArray)
        {
            return $"text.Append(RuleText.Join({ExpressionEmitter.Emit(expression)}));";
        }

        switch (type.Kind)
        {
            case ValueKind.String when ExpressionEmitter.IsTextField(expression):
                return $"text.Append({ExpressionEmitter.Emit(expression)}, source);";
            case ValueKind.String:
                return $"text.Append({ExpressionEmitter.String(expression)});";
            case ValueKind.Bool:
                return $"text.Append((bool?)({ExpressionEmitter.Emit(expression)}));";
            case ValueKind.DateTime when format is null:
                format = "O";
                break;
            case ValueKind.Duration when format is null:
                format = "c";
                break;
        }

        var scalar = CSharp.Scalar(type.Kind);
        return $"text.Append<{scalar}>({ExpressionEmitter.Emit(expression)}, {CSharp.String(format)});";
    }
}
