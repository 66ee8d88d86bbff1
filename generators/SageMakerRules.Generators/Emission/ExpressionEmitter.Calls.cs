using System.Linq;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>Function calls.</summary>
internal static partial class ExpressionEmitter
{
    private static string Call(BoundCall call)
    {
        var arguments = call.Arguments;
        var first = arguments.Count > 0 ? arguments[0] : null;
        switch (call.Function)
        {
            case "exists":
                return $"({Field(((BoundField)first!).Field)}Presence != FieldPresence.Missing)";
            case "startsWith" or "endsWith" or "contains" when !first!.Type.IsArray:
                return TextTest(Capitalised(call.Function), first, arguments[1]);
            case "contains" when first!.Type.Kind == ValueKind.String:
                return $"RuleOperators.Contains({Emit(first)}, {String(arguments[1])})";
            case "contains":
                return $"RuleOperators.Contains<{CSharp.Scalar(first!.Type.Kind)}>({Emit(first)}, {Emit(arguments[1])})";
            case "matches":
                var regex = "s_regex" + ((BoundLiteral)arguments[1]).Value;
                return IsTextField(first!)
                    ? $"{Emit(first!)}.Matches(source, {regex})"
                    : $"RuleOperators.Matches({String(first!)}, {regex})";
            case "lower" or "upper":
                return $"RuleOperators.{Capitalised(call.Function)}({String(first!)})";
            case "len":
                return IsTextField(first!) ? $"{Emit(first!)}.Length(source)" : $"RuleOperators.Length({Emit(first!)})";
            case "round":
                return Round(call, first!);
            case "coalesce":
                return "(" + string.Join(" ?? ", arguments.Select(String)) + ")";
            default:
                return Numeric(call, first!);
        }
    }

    private static string TextTest(string method, BoundExpression text, BoundExpression part) =>
        IsTextField(text) && part is BoundLiteral literal
            ? $"{Emit(text)}.{method}(source, {CSharp.Utf8(literal.Value)})"
            : $"RuleOperators.{method}({String(text)}, {String(part)})";

    private static string Round(BoundCall call, BoundExpression value)
    {
        var integral = value.Type.Kind is ValueKind.Int or ValueKind.Long;
        if (call.Arguments.Count == 1)
        {
            return integral ? $"(long?)({Emit(value)})" : $"RuleOperators.RoundToLong({Emit(value)})";
        }

        return integral ? Emit(value) : $"RuleOperators.Round({Emit(value)}, {Emit(call.Arguments[1])})";
    }

    private static string Numeric(BoundCall call, BoundExpression first)
    {
        var name = Capitalised(call.Function);
        if (call.Function == "abs" && first.Type.Kind == ValueKind.Duration)
        {
            return $"RuleOperators.Abs({Emit(first)})";
        }

        var type = CSharp.Scalar(call.Type.Kind);
        var arguments = string.Join(", ", call.Arguments.Select(Emit));
        return $"RuleOperators.{name}<{type}>({arguments})";
    }

    private static string Capitalised(string name) => char.ToUpperInvariant(name[0]) + name.Substring(1);
}
