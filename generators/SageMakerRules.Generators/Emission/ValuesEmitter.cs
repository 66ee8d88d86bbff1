using System.Linq;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// Writes the private <c>Values</c> struct both readers fill, the required-field check and the event conversion.
/// </summary>
internal static class ValuesEmitter
{
    public static void Emit(CodeWriter writer, RuleModel rule)
    {
        writer.Line(
            "/// <summary>The field values of one event while it is evaluated; "
                + "strings stay ranges of the event.</summary>"
        );
        writer.Open("private struct Values");
        foreach (var field in rule.Fields)
        {
            writer.Line($"public {FieldShapes.ValuesType(field)} {field.PropertyName};");
            writer.Line($"public FieldPresence {field.PropertyName}Presence;");
            if (field.Type.IsArray)
            {
                writer.Line($"public Range {field.PropertyName}__Range;");
            }
        }

        if (rule.Match is not null)
        {
            writer.Line("public PatternState Pattern;");
        }

        writer.Line("public EventError? Error;");
        writer.Close();
        writer.Line();
        EmitCheckRequired(writer, rule);
        writer.Line();
        EmitToEvent(writer, rule);
        if (rule.Fields.Any(field => field.Type.IsArray))
        {
            writer.Line();
            ArrayEmitter.EmitCreateAll(writer, rule);
            ArrayEmitter.EmitReaders(writer, rule);
        }
    }

    private static void EmitCheckRequired(CodeWriter writer, RuleModel rule)
    {
        writer.Open("private static EventError? CheckRequired(in Values values)");
        foreach (var field in rule.Fields)
        {
            if (field.IsOptional)
            {
                continue;
            }

            var presence = $"values.{field.PropertyName}Presence";
            writer.Open($"if ({presence} != FieldPresence.Present)");
            var arguments =
                $"{CSharp.String(field.Name)}, {CSharp.FieldType(field.Type.Kind)}, "
                + $"{presence}, {CSharp.String(field.Pointer)}";
            writer.Line($"return EventErrors.Missing({arguments});");
            writer.Close();
            writer.Line();
        }

        writer.Line("return null;");
        writer.Close();
    }

    private static void EmitToEvent(CodeWriter writer, RuleModel rule)
    {
        writer.Line($"private static {rule.Name}Event ToEvent(in Values values, ReadOnlySpan<byte> source) =>");
        writer.Line("    new()");
        writer.Line("    {");
        foreach (var field in rule.Fields)
        {
            writer.Line($"        {field.PropertyName} = {FieldShapes.ToEventValue(field)},");
            writer.Line($"        {field.PropertyName}Presence = values.{field.PropertyName}Presence,");
        }

        writer.Line("    };");
    }
}
