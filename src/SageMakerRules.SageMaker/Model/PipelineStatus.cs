using System.Text.Json.Serialization;
using SageMakerRules.SageMaker.Serialization;

namespace SageMakerRules.SageMaker;

/// <summary>The status of a pipeline resource.</summary>
[JsonConverter(typeof(WireEnumConverter<PipelineStatus>))]
public enum PipelineStatus
{
    /// <summary>A status this client does not know.</summary>
    Unknown = 0,

    /// <summary>The pipeline can be executed.</summary>
    Active,

    /// <summary>The pipeline is being deleted.</summary>
    Deleting,
}
