using System.Globalization;
using System.Text;
using System.Text.Json;

namespace SageMakerRules.Benchmarks.Cli;

/// <summary>
/// Pump telemetry shaped like <c>examples/pump-monitoring/events.jsonl</c>, generated on the fly: twenty pumps, one
/// reading a second, one reading in 47 vibrating above the retrain limit and short runs of hot bearings, so the
/// example rules start executions now and then (cooldowns, edges and debounce hold most triggers back).
/// </summary>
public sealed class PumpEventGenerator
{
    private static readonly DateTime Start = new(2026, 12, 1, 6, 0, 0, DateTimeKind.Utc);

    private readonly MemoryStream _buffer = new();

    /// <summary>The event with number <paramref name="index"/>, as one JSON line.</summary>
    /// <param name="index">The event number, from 0.</param>
    public string Next(int index)
    {
        // A pump reads every twentieth event: one reading in 47 vibrates (every pump in turn), and every 200 rounds
        // each pump's bearing runs hot for three readings in a row (the temperature rule's debounce).
        var vibration = index % 47 == 7 ? 8.4 + index % 3 / 10.0 : 1.5 + index % 23 / 10.0;
        var bearing = index / 20 % 200 < 3 ? 97.5 : 60 + index % 17 / 2.0;
        _buffer.SetLength(0);
        using (var json = new Utf8JsonWriter(_buffer))
        {
            json.WriteStartObject();
            json.WriteString("event_id", string.Create(CultureInfo.InvariantCulture, $"evt-{index:D7}"));
            json.WriteString("event_type", "telemetry");
            json.WriteString("asset_id", string.Create(CultureInfo.InvariantCulture, $"P-{101 + index % 20}"));
            json.WriteString("site", "plant-north");
            json.WriteString("status", "RUNNING");
            json.WriteString("timestamp", Start.AddSeconds(index));
            json.WriteStartObject("sensors");
            WriteReading(json, "vibration", ("rms", vibration), ("peak", vibration * 3));
            WriteReading(json, "temperature", ("bearing", bearing), ("ambient", 21.5));
            json.WriteEndObject();
            json.WriteNumber("flow_m3h", 150.2);
            json.WriteNumber("pressure_bar", 4.1);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(_buffer.GetBuffer(), 0, (int)_buffer.Length);
    }

    private static void WriteReading(Utf8JsonWriter json, string name, params (string Name, double Value)[] values)
    {
        json.WriteStartObject(name);
        foreach (var (key, value) in values)
        {
            json.WriteNumber(key, Math.Round(value, 2));
        }

        json.WriteEndObject();
    }
}
