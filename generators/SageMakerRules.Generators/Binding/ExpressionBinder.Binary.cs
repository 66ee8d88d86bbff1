using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Binding;

/// <summary>Binary operators: logic, comparison, arithmetic and date arithmetic.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression BindBinary(BinarySyntax binary)
    {
        var left = Bind(binary.Left);
        var right = Bind(binary.Right);
        if (left is BoundError || right is BoundError)
        {
            return BoundError.Instance;
        }

        return binary.Operator switch
        {
            "&&" or "||" => BindLogic(binary, left, right),
            "==" or "!=" => BindEquality(binary, left, right),
            "<" or "<=" or ">" or ">=" => BindOrder(binary, left, right),
            _ => BindArithmetic(binary, left, right),
        };
    }

    private static BoundExpression BindLogic(BinarySyntax binary, BoundExpression left, BoundExpression right)
    {
        if (left.Type != TypeRules.Bool || right.Type != TypeRules.Bool)
        {
            throw Mismatch(binary, left, right, "needs bool operands");
        }

        return new BoundBinary(TypeRules.Bool, binary.Operator, left, right, TypeRules.Bool);
    }

    private static BoundExpression BindEquality(BinarySyntax binary, BoundExpression left, BoundExpression right)
    {
        var negated = binary.Operator == "!=";
        if (left.Type.Kind == ValueKind.Null && right.Type.Kind == ValueKind.Null)
        {
            throw Mismatch(binary, left, right, "cannot compare null with null");
        }

        if (right.Type.Kind == ValueKind.Null)
        {
            return new BoundNullTest(left, negated);
        }

        if (left.Type.Kind == ValueKind.Null)
        {
            return new BoundNullTest(right, negated);
        }

        var common = TypeRules.Unify(left, right);
        if (common is null || common.Value.IsArray)
        {
            throw Mismatch(binary, left, right, "cannot compare these types");
        }

        return Comparison(binary, left, right, common.Value);
    }

    private static BoundExpression BindOrder(BinarySyntax binary, BoundExpression left, BoundExpression right)
    {
        var common = TypeRules.Unify(left, right);
        if (common is not { IsArray: false } type || type.Kind is ValueKind.Bool or ValueKind.Null)
        {
            throw Mismatch(binary, left, right, "needs two numbers, strings, datetimes or durations");
        }

        return Comparison(binary, left, right, type);
    }

    private static BoundBinary Comparison(
        BinarySyntax binary,
        BoundExpression left,
        BoundExpression right,
        ExpressionType type
    ) =>
        new(
            TypeRules.Bool,
            binary.Operator,
            TypeRules.Convert(left, type, binary.Left.Position, binary.Left.Length),
            TypeRules.Convert(right, type, binary.Right.Position, binary.Right.Length),
            type
        );

    private static BoundExpression BindArithmetic(BinarySyntax binary, BoundExpression left, BoundExpression right)
    {
        var dateResult = DateArithmetic(binary.Operator, left.Type, right.Type);
        if (dateResult is { } resultType)
        {
            return new BoundBinary(resultType, binary.Operator, left, right, left.Type);
        }

        var common = TypeRules.Unify(left, right);
        var durations = common == new ExpressionType(ValueKind.Duration) && binary.Operator is "+" or "-";
        if (common is not { } type || (!type.IsNumeric && !durations))
        {
            throw Mismatch(binary, left, right, "needs two numbers (or datetime and duration operands)");
        }

        return new BoundBinary(
            type,
            binary.Operator,
            TypeRules.Convert(left, type, binary.Left.Position, binary.Left.Length),
            TypeRules.Convert(right, type, binary.Right.Position, binary.Right.Length),
            type
        );
    }

    private static ExpressionType? DateArithmetic(string op, ExpressionType left, ExpressionType right)
    {
        var dateTime = new ExpressionType(ValueKind.DateTime);
        var duration = new ExpressionType(ValueKind.Duration);
        return (op, left, right) switch
        {
            ("-", var l, var r) when l == dateTime && r == dateTime => duration,
            ("+" or "-", var l, var r) when l == dateTime && r == duration => dateTime,
            ("+", var l, var r) when l == duration && r == dateTime => dateTime,
            _ => null,
        };
    }

    private static ExpressionException Mismatch(
        BinarySyntax binary,
        BoundExpression left,
        BoundExpression right,
        string reason
    ) =>
        TypeRules.Mismatch(
            binary.Position,
            binary.Length,
            $"operator '{binary.Operator}' {reason}, but the left operand is {left.Type} "
                + $"and the right operand is {right.Type}"
        );
}
