using System.Text.Json.Serialization;
using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.State;

/// <summary>Source-generated JSON for what the store keeps as JSON text.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PipelineStartRequest))]
[JsonSerializable(typeof(MonitorOptions))]
[JsonSerializable(typeof(TriggerPolicySnapshot))]
[JsonSerializable(typeof(TriggerKeySnapshot))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
