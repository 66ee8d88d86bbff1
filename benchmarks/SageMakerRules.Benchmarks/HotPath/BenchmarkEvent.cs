using System.Text.Json.Serialization;

namespace SageMakerRules.Benchmarks.HotPath;

/// <summary>The benchmark event as a POCO, for the System.Text.Json source-generated path and RulesEngine.</summary>
public sealed class BenchmarkEvent
{
    [JsonPropertyName("event_id")]
    public string? EventId { get; set; }

    [JsonPropertyName("asset_id")]
    public string? AssetId { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }

    [JsonPropertyName("vibration")]
    public double Vibration { get; set; }
}

/// <summary>The System.Text.Json source-generated serialisation context of <see cref="BenchmarkEvent"/>.</summary>
[JsonSerializable(typeof(BenchmarkEvent))]
public sealed partial class BenchmarkEventContext : JsonSerializerContext;
