using System.Text.Json;

namespace SageMakerRules.LocalPipelines.Protocol;

/// <summary>Writes members the way the JSON 1.1 protocol encodes them.</summary>
internal static class JsonWriterExtensions
{
    /// <summary>Writes a timestamp as epoch seconds (fractional, millisecond precision).</summary>
    public static void WriteTimestamp(this Utf8JsonWriter writer, string name, DateTimeOffset time) =>
        writer.WriteNumber(name, time.ToUnixTimeMilliseconds() / 1000.0);

    public static void WriteOptionalTimestamp(this Utf8JsonWriter writer, string name, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            writer.WriteTimestamp(name, value);
        }
    }

    public static void WriteOptionalString(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void WriteNextToken(this Utf8JsonWriter writer, string? nextToken) =>
        writer.WriteOptionalString("NextToken", nextToken);
}
