using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>Writes the method that reads one field's value token, for the UTF-8 reader.</summary>
internal static class Utf8FieldEmitter
{
    public static void Emit(CodeWriter writer, FieldModel field)
    {
        var name = CSharp.String(field.Name);
        var type = CSharp.FieldType(field.Type.Kind);
        var stored = "values." + field.PropertyName;
        writer.Line(
            $"/// <summary>Reads field <c>{field.Name}</c> ({field.Type}) "
                + $"at <c>{Utf8ReaderEmitter.Xml(field.Pointer)}</c>.</summary>"
        );
        writer.Open($"private static bool Read{field.PropertyName}(ref Utf8JsonReader reader, ref Values values)");
        writer.Open("if (reader.TokenType == JsonTokenType.Null)");
        writer.Line($"{stored}Presence = FieldPresence.Null;");
        writer.Line("return true;");
        writer.Close();
        writer.Line();
        if (field.Type.IsArray)
        {
            EmitArray(writer, field, name, type, stored);
        }
        else
        {
            writer.Open($"if ({FieldShapes.Utf8Test(field.Type.Kind, "value")})");
            writer.Line($"{stored} = {FieldShapes.Utf8Value(field.Type.Kind, "value", element: false)};");
            writer.Line($"{stored}Presence = FieldPresence.Present;");
            writer.Line("return true;");
            writer.Close();
            writer.Line();
            writer.Line($"values.Error = EventErrors.WrongType({name}, {type}, EventErrors.Describe(in reader));");
            writer.Line("return false;");
        }

        writer.Close();
    }

    /// <summary>
    /// Checks every element's type in the forward pass but keeps only the array's range of the event: the array is
    /// created from the range (see <see cref="ArrayEmitter"/>) when the condition or the mapper needs it, so that an
    /// event that does not match allocates nothing for arrays the condition does not use.
    /// </summary>
    private static void EmitArray(CodeWriter writer, FieldModel field, string name, string type, string stored)
    {
        writer.Open("if (reader.TokenType != JsonTokenType.StartArray)");
        writer.Line($"values.Error = EventErrors.NotAnArray({name}, {type}, EventErrors.Describe(in reader));");
        writer.Line("return false;");
        writer.Close();
        writer.Line();
        writer.Line("var start = checked((int)reader.TokenStartIndex);");
        writer.Open("while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)");
        writer.Open($"if (!({FieldShapes.Utf8Test(field.Type.Kind, "item")}))");
        writer.Line($"values.Error = EventErrors.WrongElement({name}, {type}, EventErrors.Describe(in reader));");
        writer.Line("return false;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line($"{ArrayEmitter.RangeOf(field)} = new Range(start, checked((int)reader.TokenStartIndex + 1));");
        writer.Line($"{stored}Presence = FieldPresence.Present;");
        writer.Line("return true;");
    }
}
