using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>How a field is stored, read and converted in generated code.</summary>
internal static class FieldShapes
{
    /// <summary>The type of the field in the rule's private <c>Values</c> struct.</summary>
    public static string ValuesType(FieldModel field) =>
        field.Type.IsArray ? CSharp.Scalar(field.Type.Kind) + "[]?"
        : field.Type.Kind == ValueKind.String ? "JsonText"
        : CSharp.Scalar(field.Type.Kind) + "?";

    /// <summary>The type of the property on the public event class.</summary>
    public static string EventType(FieldModel field)
    {
        var core = CSharp.Scalar(field.Type.Kind) + (field.Type.IsArray ? "[]" : string.Empty);
        return field.IsOptional ? core + "?" : core;
    }

    /// <summary>The expression that turns the stored value into the event property value.</summary>
    public static string ToEventValue(FieldModel field)
    {
        var stored = "values." + field.PropertyName;
        if (!field.Type.IsArray && field.Type.Kind == ValueKind.String)
        {
            stored += ".GetString(source)";
        }

        if (field.IsOptional)
        {
            return stored;
        }

        return field.Type.IsArray || field.Type.Kind == ValueKind.String
            ? stored + "!"
            : stored + ".GetValueOrDefault()";
    }

    /// <summary>
    /// The condition that a UTF-8 reader token is a value of the kind, declaring <paramref name="variable"/>.
    /// </summary>
    public static string Utf8Test(ValueKind kind, string variable) =>
        kind switch
        {
            ValueKind.String => "reader.TokenType == JsonTokenType.String",
            ValueKind.Bool => "reader.TokenType is JsonTokenType.True or JsonTokenType.False",
            ValueKind.Int => $"reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var {variable})",
            ValueKind.Long => $"reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var {variable})",
            ValueKind.Double => $"reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var {variable})",
            ValueKind.Decimal =>
                $"reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var {variable})",
            _ => $"reader.TokenType == JsonTokenType.String && DateTimes.TryRead(ref reader, out var {variable})",
        };

    /// <summary>The value read by <see cref="Utf8Test"/>, for a scalar field or an array element.</summary>
    public static string Utf8Value(ValueKind kind, string variable, bool element) =>
        kind switch
        {
            ValueKind.String => element ? "reader.GetString()!" : "JsonText.FromReader(ref reader)",
            ValueKind.Bool => "reader.GetBoolean()",
            _ => variable,
        };

    /// <summary>The <c>JsonTokens</c> method that reads a token of the kind.</summary>
    public static string TokenMethod(ValueKind kind) =>
        kind switch
        {
            ValueKind.String => "TryGetString",
            ValueKind.Bool => "TryGetBoolean",
            ValueKind.Int => "TryGetInt32",
            ValueKind.Long => "TryGetInt64",
            ValueKind.Double => "TryGetDouble",
            ValueKind.Decimal => "TryGetDecimal",
            _ => "TryGetDateTime",
        };

    /// <summary>The text of a key or id field, or <paramref name="fallback"/> when missing.</summary>
    public static string Text(FieldModel field, string fallback)
    {
        var stored = "values." + field.PropertyName;
        var text = field.Type.Kind switch
        {
            ValueKind.String => stored + ".GetString(source)",
            ValueKind.Bool => $"RuleText.Bool({stored})",
            ValueKind.DateTime => $"RuleText.DateTime({stored})",
            _ => stored + "?.ToString(CultureInfo.InvariantCulture)",
        };
        return fallback == "null" ? text : text + " ?? " + fallback;
    }
}
