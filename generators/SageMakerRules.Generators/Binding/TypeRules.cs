using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Binding;

/// <summary>
/// How operand types combine. Numbers widen int &lt; long &lt; decimal &lt; double; a number literal takes the type of
/// the other operand; a string literal compared with a datetime is read as ISO 8601 at build time.
/// </summary>
internal static class TypeRules
{
    public static ExpressionType Bool { get; } = new(ValueKind.Bool);

    public static int Rank(ValueKind kind) =>
        kind switch
        {
            ValueKind.Int => 0,
            ValueKind.Long => 1,
            ValueKind.Decimal => 2,
            ValueKind.Double => 3,
            _ => -1,
        };

    /// <summary>The common type of two operands, or null when they do not combine.</summary>
    public static ExpressionType? Unify(BoundExpression left, BoundExpression right)
    {
        var (l, r) = (left.Type, right.Type);
        if (l == r)
        {
            return l;
        }

        if (l.IsNumeric && r.IsNumeric)
        {
            if (left is BoundLiteral && right is not BoundLiteral && Rank(r.Kind) >= Rank(ValueKind.Long))
            {
                return r;
            }

            if (right is BoundLiteral && left is not BoundLiteral && Rank(l.Kind) >= Rank(ValueKind.Long))
            {
                return l;
            }

            return Rank(l.Kind) >= Rank(r.Kind) ? l : r;
        }

        if (l.Kind == ValueKind.DateTime && !l.IsArray && right is BoundLiteral { Type.Kind: ValueKind.String })
        {
            return l;
        }

        if (r.Kind == ValueKind.DateTime && !r.IsArray && left is BoundLiteral { Type.Kind: ValueKind.String })
        {
            return r;
        }

        return null;
    }

    /// <summary>Converts an operand to <paramref name="target"/>, rewriting literals in place.</summary>
    public static BoundExpression Convert(BoundExpression operand, ExpressionType target, int position, int length)
    {
        if (operand.Type == target || operand.Type.Kind == ValueKind.Null)
        {
            return operand;
        }

        if (operand is BoundLiteral literal)
        {
            return Literals.ConvertLiteral(literal, target, position, length);
        }

        return new BoundConversion(target, operand);
    }

    public static ExpressionException Mismatch(int position, int length, string message) =>
        new(DiagnosticDescriptors.TypeMismatch, position, length, message);
}
