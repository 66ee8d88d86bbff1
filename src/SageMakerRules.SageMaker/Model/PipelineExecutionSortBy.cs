using System.Text.Json.Serialization;
using SageMakerRules.SageMaker.Serialization;

namespace SageMakerRules.SageMaker;

/// <summary>The field ListPipelineExecutions sorts by.</summary>
[JsonConverter(typeof(WireEnumConverter<PipelineExecutionSortBy>))]
public enum PipelineExecutionSortBy
{
    /// <summary>Not set; never sent.</summary>
    Unknown = 0,

    /// <summary>Sort by creation time.</summary>
    CreationTime,

    /// <summary>Sort by execution ARN.</summary>
    PipelineExecutionArn,
}
