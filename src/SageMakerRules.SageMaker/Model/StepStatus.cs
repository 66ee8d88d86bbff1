using System.Text.Json.Serialization;
using SageMakerRules.SageMaker.Serialization;

namespace SageMakerRules.SageMaker;

/// <summary>The status of one step of a pipeline execution.</summary>
[JsonConverter(typeof(WireEnumConverter<StepStatus>))]
public enum StepStatus
{
    /// <summary>A status this client does not know.</summary>
    Unknown = 0,

    /// <summary>The step is starting.</summary>
    Starting,

    /// <summary>The step is running.</summary>
    Executing,

    /// <summary>A stop was requested for the step.</summary>
    Stopping,

    /// <summary>The step was stopped.</summary>
    Stopped,

    /// <summary>The step failed.</summary>
    Failed,

    /// <summary>The step succeeded.</summary>
    Succeeded,
}
