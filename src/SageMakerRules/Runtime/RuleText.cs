using System.Globalization;

namespace SageMakerRules.Runtime;

/// <summary>Text rules shared by every generated rule: template values, display names and SageMaker limits.</summary>
public static class RuleText
{
    /// <summary>The longest pipeline parameter value SageMaker accepts.</summary>
    public const int MaxParameterValueLength = 1024;

    /// <summary>The longest execution description SageMaker accepts.</summary>
    public const int MaxDescriptionLength = 3072;

    /// <summary>The longest execution display name SageMaker accepts.</summary>
    public const int MaxDisplayNameLength = 82;

    /// <summary>Renders a boolean the way JSON and SageMaker write it: <c>true</c> or <c>false</c>.</summary>
    /// <param name="value">The value; <see langword="null"/> renders as empty text.</param>
    public static string? Bool(bool? value) =>
        value switch
        {
            true => "true",
            false => "false",
            null => null,
        };

    /// <summary>Renders a date and time as ISO 8601 with offset (the round-trip <c>O</c> format).</summary>
    /// <param name="value">The value; <see langword="null"/> renders as empty text.</param>
    public static string? DateTime(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Renders an array field in a template: elements in invariant culture, joined by commas.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The array; <see langword="null"/> renders as empty text.</param>
    public static string? Join<T>(T[]? items)
        where T : IFormattable => items is null ? null : string.Join(",", items.Select(Invariant));

    /// <summary>Renders an array of strings in a template, joined by commas.</summary>
    /// <param name="items">The array; <see langword="null"/> renders as empty text.</param>
    public static string? Join(string[]? items) => items is null ? null : string.Join(",", items);

    /// <summary>Renders an array of booleans in a template, joined by commas.</summary>
    /// <param name="items">The array; <see langword="null"/> renders as empty text.</param>
    public static string? Join(bool[]? items) =>
        items is null ? null : string.Join(",", items.Select(item => item ? "true" : "false"));

    /// <summary>Renders an array of dates and times in a template as ISO 8601, joined by commas.</summary>
    /// <param name="items">The array; <see langword="null"/> renders as empty text.</param>
    public static string? Join(DateTimeOffset[]? items) =>
        items is null ? null : string.Join(",", items.Select(item => DateTime(item)));

    /// <summary>
    /// Turns text into a SageMaker execution display name (<c>[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}</c>): every other
    /// character becomes a hyphen, leading and trailing hyphens go, and the result is cut to 82 characters.
    /// </summary>
    /// <param name="text">The rendered display name template.</param>
    /// <returns>The display name, or <see langword="null"/> when no letter or digit remains.</returns>
    public static string? SanitizeDisplayName(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var writer = new TemplateWriter(stackalloc char[128]);
        writer.Append(text);
        return writer.ToDisplayName();
    }

    /// <summary>Sanitises a display name in place (see <see cref="SanitizeDisplayName(string)"/>).</summary>
    /// <param name="chars">The rendered text; its start is overwritten with the display name.</param>
    /// <returns>The length of the display name; 0 when no letter or digit remains.</returns>
    internal static int SanitizeDisplayName(Span<char> chars)
    {
        // The write position never passes the read position, so the text is rewritten in place in one pass.
        var written = 0;
        foreach (var character in chars)
        {
            if (written == MaxDisplayNameLength)
            {
                break;
            }

            var valid = char.IsAsciiLetterOrDigit(character);
            if (valid || written > 0)
            {
                chars[written++] = valid ? character : '-';
            }
        }

        while (written > 0 && chars[written - 1] == '-')
        {
            written--;
        }

        return written;
    }

    private static string Invariant<T>(T value)
        where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Checks a rendered parameter value against SageMaker's limit.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="value">The rendered value.</param>
    /// <returns>An error when the value is too long, otherwise <see langword="null"/>.</returns>
    public static EventError? CheckParameter(string name, string value) =>
        value.Length > MaxParameterValueLength
            ? new EventError(
                EventErrorKind.InvalidParameter,
                name,
                $"at most {MaxParameterValueLength} characters",
                $"{value.Length} characters",
                $"Parameter '{name}' renders to {value.Length} characters; SageMaker accepts at most "
                    + $"{MaxParameterValueLength}. Shorten the template or the event value."
            )
            : null;

    /// <summary>Checks a rendered execution description against SageMaker's limit.</summary>
    /// <param name="value">The rendered description.</param>
    /// <returns>An error when the description is too long, otherwise <see langword="null"/>.</returns>
    public static EventError? CheckDescription(string? value) =>
        value is not null && value.Length > MaxDescriptionLength
            ? new EventError(
                EventErrorKind.InvalidParameter,
                "pipeline.description",
                $"at most {MaxDescriptionLength} characters",
                $"{value.Length} characters",
                $"The execution description renders to {value.Length} characters; SageMaker accepts at most "
                    + $"{MaxDescriptionLength}. Shorten the template or the event value."
            )
            : null;
}
