using System;
using System.Globalization;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;

namespace SageMakerRules.Generators.Binding;

/// <summary>Binds literal tokens and converts literals between types at build time.</summary>
internal static class Literals
{
    public static BoundLiteral Bind(LiteralSyntax syntax)
    {
        switch (syntax.Kind)
        {
            case TokenKind.String:
                return new BoundLiteral(new ExpressionType(ValueKind.String), syntax.Text);
            case TokenKind.Duration:
                var ticks =
                    Durations.TryParse(syntax.Text)
                    ?? throw new ExpressionException(
                        Diagnostics.DiagnosticDescriptors.InvalidDuration,
                        syntax.Position,
                        syntax.Length,
                        syntax.Text
                    );
                return new BoundLiteral(
                    new ExpressionType(ValueKind.Duration),
                    ticks.ToString(CultureInfo.InvariantCulture)
                );
            case TokenKind.Number:
                return Number(syntax);
            default:
                return syntax.Text == "null"
                    ? new BoundLiteral(new ExpressionType(ValueKind.Null), "null")
                    : new BoundLiteral(TypeRules.Bool, syntax.Text);
        }
    }

    public static BoundLiteral ConvertLiteral(BoundLiteral literal, ExpressionType target, int position, int length)
    {
        if (target.Kind == ValueKind.DateTime && literal.Type.Kind == ValueKind.String)
        {
            if (
                !DateTimeOffset.TryParse(
                    literal.Value,
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal,
                    out var value
                )
            )
            {
                throw TypeRules.Mismatch(position, length, $"'{literal.Value}' is not an ISO 8601 datetime");
            }

            var text = value.UtcTicks.ToString(CultureInfo.InvariantCulture);
            return new BoundLiteral(target, text + "," + value.Offset.Ticks.ToString(CultureInfo.InvariantCulture));
        }

        if (target.Kind is ValueKind.Int && literal.Type.Kind is not ValueKind.Int)
        {
            throw TypeRules.Mismatch(position, length, $"{literal.Type} literal {literal.Value} does not fit int");
        }

        return new BoundLiteral(target, literal.Value);
    }

    private static BoundLiteral Number(LiteralSyntax syntax)
    {
        var text = syntax.Text;
        if (text.IndexOfAny(['.', 'e', 'E']) >= 0)
        {
            if (
                !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                || double.IsInfinity(number)
            )
            {
                throw Lexer.Syntax(syntax.Position, syntax.Length, $"the number {text} is out of range");
            }

            return new BoundLiteral(new ExpressionType(ValueKind.Double), text);
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return new BoundLiteral(new ExpressionType(ValueKind.Int), text);
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return new BoundLiteral(new ExpressionType(ValueKind.Long), text);
        }

        throw Lexer.Syntax(syntax.Position, syntax.Length, $"the integer {text} is larger than a long can hold");
    }
}
