using System.Text;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>Writes a template as an invariant-culture interpolated string (or a plain literal when it has no placeholder).</summary>
internal static class TemplateEmitter
{
    public static string Emit(TemplateModel template)
    {
        if (template.IsLiteral)
        {
            return CSharp.String(template.Parts.Count == 0 ? string.Empty : template.Parts[0].Literal);
        }

        var builder = new StringBuilder("string.Create(CultureInfo.InvariantCulture, $\"");
        foreach (var part in template.Parts)
        {
            builder.Append(
                part.Expression is null ? CSharp.InterpolatedText(part.Literal) : Hole(part.Expression, part.Format)
            );
        }

        return builder.Append("\")").ToString();
    }

    private static string Hole(BoundExpression expression, string? format)
    {
        var type = expression.Type;
        if (type.IsArray)
        {
            return "{RuleText.Join(" + ExpressionEmitter.Emit(expression) + ")}";
        }

        switch (type.Kind)
        {
            case ValueKind.String:
                return "{" + ExpressionEmitter.String(expression) + "}";
            case ValueKind.Bool:
                return "{RuleText.Bool(" + ExpressionEmitter.Emit(expression) + ")}";
            case ValueKind.DateTime when format is null:
                return "{RuleText.DateTime(" + ExpressionEmitter.Emit(expression) + ")}";
            case ValueKind.Duration when format is null:
                format = "c";
                break;
        }

        var value = "(" + ExpressionEmitter.Emit(expression) + ")";
        if (format is null)
        {
            return "{" + value + "}";
        }

        return format.IndexOfAny(['"', '\\']) < 0
            ? "{" + value + ":" + format + "}"
            : "{" + value + "?.ToString(" + CSharp.String(format) + ", CultureInfo.InvariantCulture)}";
    }
}
