using System.Text.Json.Serialization;

namespace SageMakerRules.SageMaker.Serialization;

/// <summary>Source-generated JSON metadata for every request and response of the client.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNamingPolicy = JsonKnownNamingPolicy.Unspecified,
    Converters = [typeof(EpochSecondsConverter)]
)]
[JsonSerializable(typeof(ListPipelinesRequest))]
[JsonSerializable(typeof(ListPipelinesResponse))]
[JsonSerializable(typeof(DescribePipelineRequest))]
[JsonSerializable(typeof(DescribePipelineResponse))]
[JsonSerializable(typeof(ListPipelineVersionsRequest))]
[JsonSerializable(typeof(ListPipelineVersionsResponse))]
[JsonSerializable(typeof(StartPipelineExecutionRequest))]
[JsonSerializable(typeof(StartPipelineExecutionResponse))]
[JsonSerializable(typeof(DescribePipelineExecutionRequest))]
[JsonSerializable(typeof(DescribePipelineExecutionResponse))]
[JsonSerializable(typeof(ListPipelineExecutionsRequest))]
[JsonSerializable(typeof(ListPipelineExecutionsResponse))]
[JsonSerializable(typeof(ListPipelineExecutionStepsRequest))]
[JsonSerializable(typeof(ListPipelineExecutionStepsResponse))]
[JsonSerializable(typeof(StopPipelineExecutionRequest))]
[JsonSerializable(typeof(StopPipelineExecutionResponse))]
[JsonSerializable(typeof(ListPipelineParametersForExecutionRequest))]
[JsonSerializable(typeof(ListPipelineParametersForExecutionResponse))]
internal sealed partial class PipelinesJsonContext : JsonSerializerContext;
