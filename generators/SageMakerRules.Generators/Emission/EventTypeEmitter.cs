using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>Writes the public event type of a rule: one typed property per field, plus its presence.</summary>
internal static class EventTypeEmitter
{
    public static void Emit(CodeWriter writer, RuleModel rule)
    {
        writer.Line($"/// <summary>An event as rule <c>{rule.Name}</c> reads it.</summary>");
        writer.Open($"public sealed class {rule.Name}Event");
        var first = true;
        foreach (var field in rule.Fields)
        {
            if (!first)
            {
                writer.Line();
            }

            first = false;
            var optional = field.IsOptional ? "optional " : string.Empty;
            var pointer = Utf8ReaderEmitter.Xml(field.Pointer);
            writer.Line(
                $"/// <summary>The {optional}field <c>{field.Name}</c> ({field.Type}), read from <c>{pointer}</c>.</summary>"
            );
            writer.Line(
                $"public {FieldShapes.EventType(field)} {field.PropertyName} {{ get; init; }}{Initializer(field)}"
            );
            writer.Line();
            writer.Line(
                $"/// <summary>Whether <c>{field.Name}</c> was missing, null or present in the event.</summary>"
            );
            writer.Line($"public FieldPresence {field.PropertyName}Presence {{ get; init; }}");
        }

        writer.Close();
    }

    private static string Initializer(FieldModel field) =>
        field.IsOptional ? string.Empty
        : field.Type.IsArray ? " = [];"
        : field.Type.Kind == ValueKind.String ? " = string.Empty;"
        : string.Empty;
}
