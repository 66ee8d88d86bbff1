using System.Text.Json;
using System.Text.Json.Serialization;

namespace SageMakerRules.Cli.Run;

/// <summary>Source-generated JSON metadata for reading event arrays and writing records.</summary>
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class EventJsonContext : JsonSerializerContext;
