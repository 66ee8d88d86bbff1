using System.Text.Json.Serialization;
using SageMakerRules.SageMaker.Serialization;

namespace SageMakerRules.SageMaker;

/// <summary>The field ListPipelines sorts by.</summary>
[JsonConverter(typeof(WireEnumConverter<PipelineSortBy>))]
public enum PipelineSortBy
{
    /// <summary>Not set; never sent.</summary>
    Unknown = 0,

    /// <summary>Sort by pipeline name.</summary>
    Name,

    /// <summary>Sort by creation time.</summary>
    CreationTime,
}
