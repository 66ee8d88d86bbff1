using System.Linq;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// Writes the decision of a rule: the required-field check, the compiled condition and the parameter mapper.
/// </summary>
internal static class DecisionEmitter
{
    public static void Emit(CodeWriter writer, RuleModel rule)
    {
        var keyField = rule.Fields.FirstOrDefault(field => field.Name == rule.Trigger.KeyField);
        var idField = rule.Fields.FirstOrDefault(field => field.Name == rule.Trigger.IdField);
        var (conditionArrays, otherArrays) = ArrayEmitter.Split(rule);
        writer.Open("private static RuleEvaluation Decide(ref Values values, ReadOnlySpan<byte> source)");
        writer.Open("if (CheckRequired(in values) is { } missing)");
        writer.Line("return RuleEvaluation.Invalid(missing);");
        writer.Close();
        writer.Line();
        ArrayEmitter.EmitCreate(writer, conditionArrays);
        writer.Open("if (!Condition(in values, source))");
        var tracked =
            rule.Trigger.TracksEveryEvent && keyField is not null ? "TriggerKey(in values, source)" : string.Empty;
        writer.Line($"return RuleEvaluation.NotMatched({tracked});");
        writer.Close();
        writer.Line();
        ArrayEmitter.EmitCreate(writer, otherArrays);
        writer.Line("return Map(in values, source);");
        writer.Close();
        writer.Line();
        EmitCondition(writer, rule);
        writer.Line();
        MapperEmitter.Emit(writer, rule, keyField, idField);
        writer.Line();
        EmitText(writer, "TriggerKey", keyField, "string.Empty");
        writer.Line();
        EmitText(writer, "EventId", idField, "null");
    }

    private static void EmitCondition(CodeWriter writer, RuleModel rule)
    {
        // Only a condition that cannot throw is short-circuited: with an overflow guard, every operand still runs,
        // so that an overflow anywhere makes the whole condition unknown, as it always has.
        var guarded =
            rule.Match is not null || (rule.Condition is not null && ArithmeticCheck.CanOverflow(rule.Condition));
        writer.Line(
            "/// <summary>Whether the condition holds: false or unknown (a missing value) does not match.</summary>"
        );
        writer.Open("private static bool Condition(in Values values, ReadOnlySpan<byte> source)");
        if (guarded)
        {
            writer.Open("try");
        }

        writer.Line(rule.ConditionText is null ? "// No when: condition." : "// when: " + OneLine(rule.ConditionText));
        writer.Line($"return {(guarded ? ThreeValued(rule) : ShortCircuit(rule))};");
        if (guarded)
        {
            writer.Close();
            writer.Open("catch (ArithmeticException)");
            writer.Line("// A decimal overflow makes the condition unknown rather than failing the event.");
            writer.Line("return false;");
            writer.Close();
        }

        writer.Close();
    }

    private static string ShortCircuit(RuleModel rule) =>
        rule.Condition is null ? "true" : ExpressionEmitter.Truth(rule.Condition, wanted: true);

    private static string ThreeValued(RuleModel rule)
    {
        if (rule.Condition is null)
        {
            return "PatternMatches(in values.Pattern)";
        }

        var condition = ExpressionEmitter.Emit(rule.Condition);
        return rule.Match is null
            ? $"RuleOperators.IsTrue({condition})"
            : $"RuleOperators.IsTrue({condition} & PatternMatches(in values.Pattern))";
    }

    private static string OneLine(string text) =>
        string.Join(" ", text.Split(['\r', '\n'], System.StringSplitOptions.RemoveEmptyEntries));

    private static void EmitText(CodeWriter writer, string name, FieldModel? field, string fallback)
    {
        var value = field is null ? "null" : FieldShapes.Text(field, fallback);
        var type = field is null || fallback == "null" ? "string?" : "string";
        writer.Line($"private static {type} {name}(in Values values, ReadOnlySpan<byte> source) => {value};");
    }
}
