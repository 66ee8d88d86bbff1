using System.Text.Json;

namespace SageMakerRules.Runtime;

/// <summary>
/// Builds the <see cref="EventError"/> values generated readers return; messages name field and types.
/// </summary>
public static class EventErrors
{
    /// <summary>The event bytes are not well-formed JSON.</summary>
    /// <param name="exception">The reader's exception, whose position is reported.</param>
    public static EventError Malformed(JsonException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var where = $"line {(exception.LineNumber ?? 0) + 1}, byte {(exception.BytePositionInLine ?? 0) + 1}";
        return new EventError(
            EventErrorKind.MalformedJson,
            null,
            "well-formed JSON",
            $"a syntax error at {where}",
            $"The event is not well-formed JSON ({where}). Send one JSON object per event."
        );
    }

    /// <summary>
    /// The event is well-formed JSON, but an escape in a property name or string does not decode to Unicode text
    /// (a lone UTF-16 surrogate such as <c>\ud800</c>).
    /// </summary>
    /// <param name="exception">What the JSON reader reported.</param>
    public static EventError UndecodableText(InvalidOperationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new EventError(
            EventErrorKind.MalformedJson,
            null,
            "Unicode text",
            "an escape that is not Unicode text",
            $"The event holds an escape that does not decode to Unicode text ({exception.Message}). Escape both "
                + "halves of a surrogate pair, or send the character itself as UTF-8."
        );
    }

    /// <summary>The event is well-formed JSON but not an object.</summary>
    /// <param name="found">What the event is instead, for example <c>an array</c>.</param>
    public static EventError NotAnObject(string found) =>
        new(
            EventErrorKind.MalformedJson,
            null,
            "a JSON object",
            found,
            $"The event is {found}, not a JSON object. Send one JSON object per event."
        );

    /// <summary>A field holds a value of another JSON type, or a number the field type cannot hold.</summary>
    /// <param name="field">The rule field name.</param>
    /// <param name="type">The field type.</param>
    /// <param name="found">What the event holds, as <see cref="Describe(in Utf8JsonReader)"/> words it.</param>
    public static EventError WrongType(string field, FieldType type, string found)
    {
        var expected = Expected(type);
        return new EventError(
            EventErrorKind.WrongType,
            field,
            expected,
            found,
            $"Field '{field}' should be {expected} but the event has {found}."
        );
    }

    /// <summary>An array field holds something that is not an array.</summary>
    /// <param name="field">The rule field name.</param>
    /// <param name="type">The element type.</param>
    /// <param name="found">What the event holds.</param>
    public static EventError NotAnArray(string field, FieldType type, string found)
    {
        var expected = $"an array of {Expected(type)}";
        return new EventError(
            EventErrorKind.WrongType,
            field,
            expected,
            found,
            $"Field '{field}' should be {expected} but the event has {found}."
        );
    }

    /// <summary>An element of an array field holds a value of another type.</summary>
    /// <param name="field">The rule field name.</param>
    /// <param name="type">The element type.</param>
    /// <param name="found">What the element is.</param>
    public static EventError WrongElement(string field, FieldType type, string found)
    {
        var expected = $"an array of {Expected(type)}";
        return new EventError(
            EventErrorKind.WrongType,
            field,
            expected,
            $"an element that is {found}",
            $"Field '{field}' should be {expected} but an element is {found}."
        );
    }

    /// <summary>A required field is missing or null.</summary>
    /// <param name="field">The rule field name.</param>
    /// <param name="type">The field type.</param>
    /// <param name="presence">Whether the field was missing or null.</param>
    /// <param name="path">The JSON Pointer the field is read from.</param>
    public static EventError Missing(string field, FieldType type, FieldPresence presence, string path)
    {
        var found = presence == FieldPresence.Null ? "null" : "nothing";
        return new EventError(
            EventErrorKind.MissingField,
            field,
            Expected(type),
            found,
            $"Required field '{field}' ({path}) is {(presence == FieldPresence.Null ? "null" : "missing")}. "
                + $"Send it, or declare the field optional with '?'."
        );
    }

    /// <summary>Words the value the reader is on, for the <c>found</c> part of an error.</summary>
    /// <param name="reader">The reader, positioned on a value token.</param>
    public static string Describe(in Utf8JsonReader reader) =>
        reader.TokenType switch
        {
            JsonTokenType.String => "a string",
            JsonTokenType.Number => "the number " + Truncate(System.Text.Encoding.UTF8.GetString(reader.ValueSpan)),
            JsonTokenType.True => "true",
            JsonTokenType.False => "false",
            JsonTokenType.Null => "null",
            JsonTokenType.StartObject => "an object",
            JsonTokenType.StartArray => "an array",
            _ => "a " + reader.TokenType.ToString(),
        };

    /// <summary>How the language words the JSON a field type expects.</summary>
    /// <param name="type">The field type.</param>
    public static string Expected(FieldType type) =>
        type switch
        {
            FieldType.String => "a string",
            FieldType.Bool => "true or false",
            FieldType.Int => "an integer (int)",
            FieldType.Long => "an integer (long)",
            FieldType.Double => "a number (double)",
            FieldType.Decimal => "a number (decimal)",
            FieldType.DateTime => "an ISO 8601 date and time string (datetime)",
            _ => type.ToString(),
        };

    internal static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
