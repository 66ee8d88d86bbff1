using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SageMakerRules.Runtime;

/// <summary>ISO 8601 date and time handling shared by the byte and token readers.</summary>
public static class DateTimes
{
    private static readonly string[] s_formats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd",
    ];

    /// <summary>Parses ISO 8601 text; a value without an offset is taken as UTC.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The parsed value.</param>
    public static bool TryParseIso(string? text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(
            text,
            s_formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out value
        );

    /// <summary>Reads the string token the reader is on as ISO 8601, without allocating for ordinary values.</summary>
    /// <param name="reader">A reader positioned on a string token.</param>
    /// <param name="value">The parsed value.</param>
    public static bool TryRead(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > 64)
        {
            return TryParseIso(reader.GetString(), out value);
        }

        Span<char> chars = stackalloc char[64];
        var count = Encoding.UTF8.GetChars(reader.ValueSpan, chars);
        return DateTimeOffset.TryParseExact(
            chars[..count],
            s_formats,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal,
            out value
        );
    }

    /// <summary>
    /// Converts a <see cref="DateTime"/> that Newtonsoft parsed from an event; unspecified kinds are UTC.
    /// </summary>
    /// <param name="value">The parsed value.</param>
    public static DateTimeOffset FromNewtonsoft(DateTime value) =>
        value.Kind switch
        {
            DateTimeKind.Utc => new DateTimeOffset(value, TimeSpan.Zero),
            DateTimeKind.Local => new DateTimeOffset(value),
            _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
        };

    internal static string FormatNewtonsoft(object value) =>
        value switch
        {
            DateTimeOffset offset => offset.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
            DateTime { Kind: DateTimeKind.Utc } utc => utc.ToString(
                "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
                CultureInfo.InvariantCulture
            ),
            DateTime dateTime => dateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
        };
}
