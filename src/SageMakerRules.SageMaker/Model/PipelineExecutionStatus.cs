using System.Text.Json.Serialization;
using SageMakerRules.SageMaker.Serialization;

namespace SageMakerRules.SageMaker;

/// <summary>The status of a pipeline execution as SageMaker reports it.</summary>
[JsonConverter(typeof(WireEnumConverter<PipelineExecutionStatus>))]
public enum PipelineExecutionStatus
{
    /// <summary>
    /// A status this client does not know (a value added to the service after this client was built).
    /// </summary>
    Unknown = 0,

    /// <summary>The execution is running.</summary>
    Executing,

    /// <summary>A stop was requested and the execution is winding down.</summary>
    Stopping,

    /// <summary>The execution was stopped (terminal).</summary>
    Stopped,

    /// <summary>The execution failed (terminal).</summary>
    Failed,

    /// <summary>The execution succeeded (terminal).</summary>
    Succeeded,
}
