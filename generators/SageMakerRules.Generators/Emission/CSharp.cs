using System.Globalization;
using System.Text;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>C# spellings: literals and type names.</summary>
internal static class CSharp
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder("\"");
        foreach (var character in value)
        {
            builder.Append(Escape(character));
        }

        return builder.Append('"').ToString();
    }

    public static string Utf8(string value) => String(value) + "u8";

    public static string Bool(bool value) => value ? "true" : "false";

    public static string Long(long? value) =>
        value?.ToString(CultureInfo.InvariantCulture) + (value is null ? "null" : "L");

    public static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    public static string Ticks(long? ticks) =>
        ticks is null ? "null" : $"TimeSpan.FromTicks({ticks.Value.ToString(CultureInfo.InvariantCulture)}L)";

    /// <summary>The C# value type of a scalar kind.</summary>
    public static string Scalar(ValueKind kind) =>
        kind switch
        {
            ValueKind.String => "string",
            ValueKind.Bool => "bool",
            ValueKind.Int => "int",
            ValueKind.Long => "long",
            ValueKind.Decimal => "decimal",
            ValueKind.Double => "double",
            ValueKind.DateTime => "DateTimeOffset",
            ValueKind.Duration => "TimeSpan",
            _ => "object",
        };

    /// <summary>The runtime <c>FieldType</c> member of a kind.</summary>
    public static string FieldType(ValueKind kind) =>
        "FieldType." + (kind == ValueKind.DateTime ? "DateTime" : kind.ToString());

    /// <summary>The C# type an expression of <paramref name="type"/> evaluates to (always nullable).</summary>
    public static string Nullable(ExpressionType type) =>
        type.IsArray ? Scalar(type.Kind) + "[]?"
        : type.Kind == ValueKind.String ? "string?"
        : Scalar(type.Kind) + "?";

    private static string Escape(char character) =>
        character switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ when character < ' ' => "\\u" + ((int)character).ToString("x4", CultureInfo.InvariantCulture),
            _ => character.ToString(),
        };
}
