using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace SageMakerRules.Cli.Validation;

/// <summary>Words a schema violation for a person: which YAML element, what is wrong, what is allowed.</summary>
internal static class SchemaMessages
{
    /// <summary>The message for <paramref name="error"/>.</summary>
    /// <param name="error">A violation, as reduced by <see cref="SchemaViolations"/>.</param>
    public static string For(ValidationError error) =>
        $"Rule file does not match the schema: {Detail(error, Where(error.Token), Found(error.Token), error.Schema)}";

    private static string Detail(ValidationError error, string where, string found, JsonSchema? schema) =>
        error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"{where} is missing the required key '{error.Property}'",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => NotAllowed(error),
            ValidationErrorKind.NotInEnumeration => $"{where} is {found}; allowed: {Allowed(schema)}",
            ValidationErrorKind.PatternMismatch => $"{where} is {found}, which is not valid{Explained(schema)}",
            ValidationErrorKind.StringTooShort => schema?.MinLength == 1
                ? $"{where} must not be empty"
                : $"{where} needs at least {schema?.MinLength} characters",
            ValidationErrorKind.StringTooLong => $"{where} is longer than {schema?.MaxLength} characters",
            ValidationErrorKind.NumberTooSmall => $"{where} is {found}; the minimum is {schema?.Minimum}",
            ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig =>
                $"{where} is {found}; the maximum is {schema?.Maximum}",
            ValidationErrorKind.TooManyProperties => $"{where} has more than {schema?.MaxProperties} entries",
            ValidationErrorKind.TooFewProperties => $"{where} must set at least {schema?.MinProperties} key(s)",
            ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf =>
                $"{where} is {found}, which is none of the allowed forms{Explained(schema)}",
            ValidationErrorKind.NoTypeValidates => $"{where} is {found}; expected {Types(schema)}",
            var kind when Expected(kind) is { } expected => $"{where} is {found}; expected {expected}",
            var kind => $"{where} is {found} ({kind})",
        };

    private static string NotAllowed(ValidationError error)
    {
        var parent = error.Token?.Parent?.Parent;
        var where = parent is null || parent.Parent is null ? "at the top level" : $"under {parent.Path}";
        return $"key '{error.Property}' is not allowed {where}; check its spelling and indentation";
    }

    private static string Where(JToken? token) =>
        token is null || token.Path.Length == 0 ? "the rule" : $"'{token.Path}'";

    private static string Found(JToken? token) =>
        token switch
        {
            null => "missing",
            JObject => "a mapping",
            JArray => "a list",
            { Type: JTokenType.Null } => "empty (null)",
            JValue value => Shortened(value.ToString(Formatting.None)),
            _ => token.Type.ToString().ToLowerInvariant(),
        };

    private static string Shortened(string text) => text.Length <= 60 ? text : $"{text[..57]}...";

    private static string Allowed(JsonSchema? schema) =>
        schema is null
            ? "see the schema"
            : string.Join(
                ", ",
                schema.Enumeration.Select(value => Convert.ToString(value, CultureInfo.InvariantCulture))
            );

    private static string Explained(JsonSchema? schema)
    {
        var actual = schema?.ActualSchema;
        var description = string.IsNullOrWhiteSpace(actual?.Description)
            ? actual?.Pattern is { } pattern
                ? $"it must match {pattern}"
                : null
            : actual.Description;

        return description is null ? "" : $" ({OneLine(description).TrimEnd('.')})";
    }

    // A diagnostic is one line: a description written over several lines is joined with spaces.
    private static string OneLine(string text) =>
        string.Join(' ', text.Split([' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Types(JsonSchema? schema) =>
        schema is null ? "another type" : string.Join(" or ", ExpectedTypes(schema.Type));

    private static IEnumerable<string> ExpectedTypes(JsonObjectType type) =>
        Enum.GetValues<JsonObjectType>()
            .Where(flag => flag != JsonObjectType.None && type.HasFlag(flag))
            .Select(flag => Describe(flag));

    private static string Describe(JsonObjectType type) =>
        type switch
        {
            JsonObjectType.Object => "a mapping",
            JsonObjectType.Array => "a list",
            JsonObjectType.String => "text",
            JsonObjectType.Null => "nothing (null)",
            JsonObjectType.Integer => "a whole number",
            JsonObjectType.Number => "a number",
            JsonObjectType.Boolean => "true or false",
            _ => type.ToString().ToLowerInvariant(),
        };

    private static string? Expected(ValidationErrorKind kind) =>
        kind switch
        {
            ValidationErrorKind.StringExpected => Describe(JsonObjectType.String),
            ValidationErrorKind.NumberExpected => Describe(JsonObjectType.Number),
            ValidationErrorKind.IntegerExpected => Describe(JsonObjectType.Integer),
            ValidationErrorKind.BooleanExpected => Describe(JsonObjectType.Boolean),
            ValidationErrorKind.ObjectExpected => Describe(JsonObjectType.Object),
            ValidationErrorKind.ArrayExpected => Describe(JsonObjectType.Array),
            ValidationErrorKind.NullExpected => Describe(JsonObjectType.Null),
            _ => null,
        };
}
