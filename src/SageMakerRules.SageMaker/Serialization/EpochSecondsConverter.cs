using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SageMakerRules.SageMaker.Serialization;

/// <summary>
/// Reads and writes timestamps as epoch seconds, the AWS JSON 1.1 form: a JSON number that may be fractional.
/// Writes keep millisecond precision; reads also accept a numeric or ISO 8601 string.
/// </summary>
internal sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset>
{
    private const decimal TicksPerSecond = TimeSpan.TicksPerSecond;

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return FromSeconds(reader.GetDecimal());
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            return FromText(reader.GetString()!);
        }

        throw new JsonException($"Expected a timestamp (epoch seconds) but found {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(ToSeconds(value));

    /// <summary>Epoch seconds, rounded to milliseconds, without trailing zeros.</summary>
    internal static decimal ToSeconds(DateTimeOffset value)
    {
        var seconds = (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TicksPerSecond;
        var rounded = decimal.Round(seconds, 3, MidpointRounding.AwayFromZero);

        // Dividing by 1.000m with the right scale removes trailing zeros (1700000000.000 -> 1700000000).
        return rounded / 1.000000000000000000000000000000000m;
    }

    internal static DateTimeOffset FromSeconds(decimal seconds)
    {
        try
        {
            var ticks = decimal.ToInt64(decimal.Round(seconds * TicksPerSecond));
            return new DateTimeOffset(DateTimeOffset.UnixEpoch.UtcTicks + ticks, TimeSpan.Zero);
        }
        catch (Exception exception) when (exception is OverflowException or ArgumentOutOfRangeException)
        {
            throw new JsonException($"The timestamp {seconds} (epoch seconds) is out of range.", exception);
        }
    }

    private static DateTimeOffset FromText(string text)
    {
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return FromSeconds(seconds);
        }

        if (
            DateTimeOffset.TryParse(
                text,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var parsed
            )
        )
        {
            return parsed;
        }

        throw new JsonException($"'{text}' is neither epoch seconds nor an ISO 8601 timestamp.");
    }
}
