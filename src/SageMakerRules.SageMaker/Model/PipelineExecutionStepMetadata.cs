using System.Text.Json;
using System.Text.Json.Serialization;

namespace SageMakerRules.SageMaker;

/// <summary>
/// What a step ran. The common job types are typed; every other member the service returns is kept in
/// <see cref="AdditionalData"/> as raw JSON.
/// </summary>
public sealed record PipelineExecutionStepMetadata
{
    /// <summary>The training job of a Training step.</summary>
    public StepJobReference? TrainingJob { get; init; }

    /// <summary>The processing job of a Processing step.</summary>
    public StepJobReference? ProcessingJob { get; init; }

    /// <summary>The transform job of a Transform step.</summary>
    public StepJobReference? TransformJob { get; init; }

    /// <summary>The hyperparameter tuning job of a Tuning step.</summary>
    public StepJobReference? TuningJob { get; init; }

    /// <summary>The model of a Model step.</summary>
    public StepJobReference? Model { get; init; }

    /// <summary>The model package of a RegisterModel step.</summary>
    public StepJobReference? RegisterModel { get; init; }

    /// <summary>The Lambda function of a Lambda step.</summary>
    public StepJobReference? Lambda { get; init; }

    /// <summary>Other members (Condition, Callback, EMR, Fail, ...) as returned by the service.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? AdditionalData { get; set; }
}
