using System.Collections.Generic;
using System.Linq;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// Array fields read from UTF-8 are kept as a range of the event until something needs the array: the arrays the
/// condition uses are created before it runs, the others only for a match (or for <c>ReadEvent</c>). The JObject
/// reader fills the arrays directly, so for it there is nothing left to create.
/// </summary>
internal static class ArrayEmitter
{
    /// <summary>The <c>Values</c> member holding an array's range; <c>__</c> cannot occur in a field's name.</summary>
    public static string RangeOf(FieldModel field) => $"values.{field.PropertyName}__Range";

    /// <summary>The array fields, split into those the condition reads and the others.</summary>
    public static (List<FieldModel> Condition, List<FieldModel> Others) Split(RuleModel rule)
    {
        var used = new HashSet<string>();
        if (rule.Condition is not null)
        {
            Collect(rule.Condition, used);
        }

        var arrays = rule.Fields.Where(field => field.Type.IsArray).ToList();
        return (arrays.Where(f => used.Contains(f.Name)).ToList(), arrays.Where(f => !used.Contains(f.Name)).ToList());
    }

    /// <summary>Writes the statements that create the given arrays from their ranges, where not created yet.</summary>
    public static void EmitCreate(CodeWriter writer, IReadOnlyList<FieldModel> fields, bool blankAfterLast = true)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var stored = "values." + fields[i].PropertyName;
            if (i > 0)
            {
                writer.Line();
            }

            writer.Open($"if ({stored} is null && {stored}Presence == FieldPresence.Present)");
            writer.Line($"{stored} = Read{fields[i].PropertyName}Items(source[{RangeOf(fields[i])}]);");
            writer.Close();
        }

        if (fields.Count > 0 && blankAfterLast)
        {
            writer.Line();
        }
    }

    /// <summary>Writes <c>CreateArrays</c>, which creates every array field (for <c>ReadEvent</c>).</summary>
    public static void EmitCreateAll(CodeWriter writer, RuleModel rule)
    {
        writer.Open("private static void CreateArrays(ref Values values, ReadOnlySpan<byte> source)");
        EmitCreate(writer, rule.Fields.Where(field => field.Type.IsArray).ToList(), blankAfterLast: false);
        writer.Close();
    }

    /// <summary>Writes, per array field, the method that creates the array from its range of the event.</summary>
    public static void EmitReaders(CodeWriter writer, RuleModel rule)
    {
        foreach (var field in rule.Fields.Where(field => field.Type.IsArray))
        {
            var element = CSharp.Scalar(field.Type.Kind);
            writer.Line();
            writer.Line(
                $"/// <summary>Creates <c>{field.Name}</c> from its range; the elements were checked.</summary>"
            );
            writer.Open($"private static {element}[] Read{field.PropertyName}Items(ReadOnlySpan<byte> array)");
            writer.Line("var reader = new Utf8JsonReader(array);");
            writer.Line("reader.Read();");
            writer.Line($"var items = new List<{element}>();");
            writer.Open("while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)");
            writer.Open($"if ({FieldShapes.Utf8Test(field.Type.Kind, "item")})");
            writer.Line($"items.Add({FieldShapes.Utf8Value(field.Type.Kind, "item", element: true)});");
            writer.Close();
            writer.Close();
            writer.Line();
            writer.Line("return items.ToArray();");
            writer.Close();
        }
    }

    private static void Collect(BoundExpression expression, HashSet<string> used)
    {
        switch (expression)
        {
            case BoundField field:
                used.Add(field.Field.Name);
                break;
            case BoundConversion conversion:
                Collect(conversion.Operand, used);
                break;
            case BoundUnary unary:
                Collect(unary.Operand, used);
                break;
            case BoundBinary binary:
                Collect(binary.Left, used);
                Collect(binary.Right, used);
                break;
            case BoundNullTest test:
                Collect(test.Operand, used);
                break;
            case BoundIn list:
                Collect(list.Value, used);
                list.Items.ToList().ForEach(item => Collect(item, used));
                break;
            case BoundCall call:
                call.Arguments.ToList().ForEach(argument => Collect(argument, used));
                break;
        }
    }
}
