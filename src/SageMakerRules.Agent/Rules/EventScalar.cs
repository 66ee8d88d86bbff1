using System.Globalization;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Agent.Rules;

/// <summary>The JSON kinds of a top-level event attribute, as the parameter-map rule distinguishes them.</summary>
internal enum ScalarKind
{
    Missing,
    Null,
    String,
    Integer,
    Number,
    Boolean,
    Structure,
}

/// <summary>
/// A top-level attribute of an event reduced to its kind and invariant text, read the same way from UTF-8 bytes
/// and from a parsed <see cref="JObject"/> so that both receive paths map parameters identically.
/// </summary>
internal readonly record struct EventScalar(ScalarKind Kind, string? Text)
{
    public static EventScalar Missing { get; } = new(ScalarKind.Missing, null);

    public string Describe() =>
        Kind switch
        {
            ScalarKind.Missing => "nothing (the attribute is missing)",
            ScalarKind.Null => "null",
            ScalarKind.String => "a string",
            ScalarKind.Integer => "a whole number",
            ScalarKind.Number => "a number",
            ScalarKind.Boolean => "true or false",
            _ => "an object or array",
        };

    public static EventScalar From(ref Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.String => new(ScalarKind.String, reader.GetString()),
            JsonTokenType.True => new(ScalarKind.Boolean, "true"),
            JsonTokenType.False => new(ScalarKind.Boolean, "false"),
            JsonTokenType.Null => new(ScalarKind.Null, null),
            JsonTokenType.Number when reader.TryGetInt64(out var whole) => Integer(whole),
            JsonTokenType.Number => Number(reader.GetDouble()),
            _ => new(ScalarKind.Structure, null),
        };

    public static EventScalar From(JToken? token) =>
        token switch
        {
            null => Missing,
            JValue { Type: JTokenType.Null or JTokenType.Undefined } => new(ScalarKind.Null, null),
            JValue { Type: JTokenType.String } value => new(ScalarKind.String, (string?)value),
            JValue { Type: JTokenType.Boolean } value => new(ScalarKind.Boolean, (bool)value ? "true" : "false"),
            JValue { Type: JTokenType.Integer, Value: long whole } => Integer(whole),
            JValue { Type: JTokenType.Integer, Value: int whole } => Integer(whole),
            JValue { Type: JTokenType.Integer } value => Number((double)value),
            JValue { Type: JTokenType.Float } value => Number((double)value),
            JValue { Type: JTokenType.Date, Value: DateTime time } => new(ScalarKind.String, Iso(time)),
            JValue { Type: JTokenType.Date, Value: DateTimeOffset time } => new(ScalarKind.String, Iso(time)),
            JValue value => new(ScalarKind.String, value.ToString(CultureInfo.InvariantCulture)),
            _ => new(ScalarKind.Structure, null),
        };

    private static EventScalar Integer(long value) =>
        new(ScalarKind.Integer, value.ToString(CultureInfo.InvariantCulture));

    private static EventScalar Number(double value) =>
        new(ScalarKind.Number, value.ToString("R", CultureInfo.InvariantCulture));

    private static string Iso(DateTime time) => time.ToString("O", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);
}
