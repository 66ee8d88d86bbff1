using System.Linq;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// Writes the reader that fills the same values from a Newtonsoft <c>JObject</c>, walking tokens by path.
/// </summary>
internal static class TokenReaderEmitter
{
    public static void Emit(CodeWriter writer, RuleModel rule)
    {
        writer.Line(
            "/// <summary>Reads events that are already parsed into Newtonsoft tokens, without re-serialising them.</summary>"
        );
        writer.Open("private static class TokenReader");
        writer.Open("public static bool Read(JObject @event, ref Values values)");
        foreach (var field in rule.Fields)
        {
            var token = field.Segments.Aggregate(
                "@event",
                (current, segment) => $"JsonTokens.Step({current}, {CSharp.String(segment)})"
            );
            writer.Open($"if (!Read{field.PropertyName}({token}, ref values))");
            writer.Line("return false;");
            writer.Close();
            writer.Line();
        }

        if (rule.Match is not null)
        {
            writer.Line("PatternScan(@event, ref values.Pattern);");
        }

        writer.Line("return true;");
        writer.Close();
        foreach (var field in rule.Fields)
        {
            writer.Line();
            EmitField(writer, field);
        }

        writer.Close();
    }

    private static void EmitField(CodeWriter writer, FieldModel field)
    {
        var name = CSharp.String(field.Name);
        var type = CSharp.FieldType(field.Type.Kind);
        var stored = "values." + field.PropertyName;
        var method = FieldShapes.TokenMethod(field.Type.Kind);
        writer.Open($"private static bool Read{field.PropertyName}(JToken? token, ref Values values)");
        writer.Open("if (token is null || token.Type == JTokenType.Null)");
        writer.Line($"{stored}Presence = token is null ? FieldPresence.Missing : FieldPresence.Null;");
        writer.Line("return true;");
        writer.Close();
        writer.Line();
        if (field.Type.IsArray)
        {
            writer.Open("if (token is not JArray array)");
            writer.Line($"values.Error = EventErrors.NotAnArray({name}, {type}, JsonTokens.Describe(token));");
            writer.Line("return false;");
            writer.Close();
            writer.Line();
            writer.Line($"var items = new {CSharp.Scalar(field.Type.Kind)}[array.Count];");
            writer.Open("for (var i = 0; i < items.Length; i++)");
            writer.Open($"if (!JsonTokens.{method}(array[i], out items[i]))");
            writer.Line($"values.Error = EventErrors.WrongElement({name}, {type}, JsonTokens.Describe(array[i]));");
            writer.Line("return false;");
            writer.Close();
            writer.Close();
            writer.Line();
            writer.Line($"{stored} = items;");
        }
        else
        {
            writer.Open($"if (!JsonTokens.{method}(token, out var value))");
            writer.Line($"values.Error = EventErrors.WrongType({name}, {type}, JsonTokens.Describe(token));");
            writer.Line("return false;");
            writer.Close();
            writer.Line();
            var value = field.Type.Kind == ValueKind.String ? "JsonText.FromString(value)" : "value";
            writer.Line($"{stored} = {value};");
        }

        writer.Line($"{stored}Presence = FieldPresence.Present;");
        writer.Line("return true;");
        writer.Close();
    }
}
