using System.Globalization;
using System.Linq;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// Writes bound expressions as C#. Every value is nullable (null = missing or unknown); conditions are
/// <c>bool?</c> and combine with <c>&amp;</c> and <c>|</c>, which are three-valued on <c>bool?</c>. String fields stay
/// <c>JsonText</c> ranges of the event and are compared as UTF-8 unless a string is really needed.
/// </summary>
internal static partial class ExpressionEmitter
{
    public static string Emit(BoundExpression expression) =>
        expression switch
        {
            BoundLiteral literal => Literal(literal),
            BoundField field => Field(field.Field),
            BoundConversion conversion => $"({CSharp.Nullable(conversion.Type)})({String(conversion.Operand)})",
            BoundUnary unary => $"{unary.Operator}({Emit(unary.Operand)})",
            BoundBinary binary => Binary(binary),
            BoundNullTest test => NullTest(test),
            BoundIn list => "(" + string.Join(" | ", list.Items.Select(item => Equality(list.Value, item))) + ")",
            BoundCall call => Call(call),
            _ => throw new System.InvalidOperationException("Unknown bound node " + expression.GetType().Name),
        };

    /// <summary>Emits an expression as a materialised value: string fields become <c>string?</c>.</summary>
    public static string String(BoundExpression expression) =>
        expression is BoundField { Type: { Kind: ValueKind.String, IsArray: false } } field
            ? $"values.{field.Field.PropertyName}.GetString(source)"
            : Emit(expression);

    public static string Field(FieldModel field) => "values." + field.PropertyName;

    public static bool IsTextField(BoundExpression expression) =>
        expression is BoundField { Type: { Kind: ValueKind.String, IsArray: false } };

    private static string Literal(BoundLiteral literal)
    {
        var value = literal.Value;
        switch (literal.Type.Kind)
        {
            case ValueKind.String:
                return CSharp.String(value);
            case ValueKind.Long:
                return value + "L";
            case ValueKind.Decimal:
                return value + "m";
            case ValueKind.Double:
                return value + "d";
            case ValueKind.Duration:
                return CSharp.Ticks(long.Parse(value, CultureInfo.InvariantCulture));
            case ValueKind.DateTime:
                return $"new DateTimeOffset({value.Split(',')[0]}L, TimeSpan.Zero)";
            default:
                return value;
        }
    }

    private static string Binary(BoundBinary binary)
    {
        var (left, right) = (binary.Left, binary.Right);
        var type = CSharp.Scalar(binary.OperandType.Kind);
        switch (binary.Operator)
        {
            case "&&":
                return $"({Emit(left)} & {Emit(right)})";
            case "||":
                return $"({Emit(left)} | {Emit(right)})";
            case "==":
                return Equality(left, right);
            case "!=":
                return $"RuleOperators.Not({Equality(left, right)})";
            case "/":
                return $"RuleOperators.Divide<{type}>({Emit(left)}, {Emit(right)})";
            case "%":
                return $"RuleOperators.Remainder<{type}>({Emit(left)}, {Emit(right)})";
            case "<" or "<=" or ">" or ">=":
                return Order(binary.Operator, left, right, binary.OperandType);
            default:
                return $"({Emit(left)} {binary.Operator} {Emit(right)})";
        }
    }

    private static string Equality(BoundExpression left, BoundExpression right)
    {
        if (IsTextField(left) && right is BoundLiteral literal)
        {
            return $"{Emit(left)}.TextEquals(source, {CSharp.Utf8(literal.Value)})";
        }

        if (IsTextField(right) && left is BoundLiteral reversed)
        {
            return $"{Emit(right)}.TextEquals(source, {CSharp.Utf8(reversed.Value)})";
        }

        return left.Type.Kind == ValueKind.String
            ? $"RuleOperators.Equal({String(left)}, {String(right)})"
            : $"RuleOperators.Equal<{CSharp.Scalar(left.Type.Kind)}>({Emit(left)}, {Emit(right)})";
    }

    private static string Order(string op, BoundExpression left, BoundExpression right, ExpressionType type)
    {
        var name = op switch
        {
            "<" => "Less",
            "<=" => "LessOrEqual",
            ">" => "Greater",
            _ => "GreaterOrEqual",
        };
        return type.Kind == ValueKind.String
            ? $"RuleOperators.{name}({String(left)}, {String(right)})"
            : $"RuleOperators.{name}<{CSharp.Scalar(type.Kind)}>({Emit(left)}, {Emit(right)})";
    }

    private static string NullTest(BoundNullTest test)
    {
        if (test.Operand is BoundField field)
        {
            var op = test.Negated ? "==" : "!=";
            return $"({Field(field.Field)}Presence {op} FieldPresence.Present)";
        }

        return test.Negated ? $"({String(test.Operand)} is not null)" : $"({String(test.Operand)} is null)";
    }
}
