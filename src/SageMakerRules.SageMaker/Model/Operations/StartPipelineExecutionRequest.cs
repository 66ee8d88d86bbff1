namespace SageMakerRules.SageMaker;

/// <summary>
/// The StartPipelineExecution request. The client checks it against SageMaker's limits before sending and throws
/// <see cref="SageMakerRequestValidationException"/> naming the offending value.
/// </summary>
public sealed record StartPipelineExecutionRequest
{
    /// <summary>The pipeline name or ARN.</summary>
    public required string PipelineName { get; init; }

    /// <summary>The execution display name: 1 to 82 characters, <c>[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}</c>.</summary>
    public string? PipelineExecutionDisplayName { get; init; }

    /// <summary>The parameter values (at most 200).</summary>
    public IReadOnlyList<Parameter>? PipelineParameters { get; init; }

    /// <summary>The execution description (at most 3,072 characters).</summary>
    public string? PipelineExecutionDescription { get; init; }

    /// <summary>
    /// The idempotency token, 32 to 128 characters, chosen by the caller before the first attempt and reused on
    /// every retry of the same start. The client never generates one.
    /// </summary>
    public required string ClientRequestToken { get; init; }

    /// <summary>Overrides the pipeline's parallelism for this execution.</summary>
    public ParallelismConfiguration? ParallelismConfiguration { get; init; }

    /// <summary>Runs only the selected steps.</summary>
    public SelectiveExecutionConfig? SelectiveExecutionConfig { get; init; }

    /// <summary>The pipeline version to run; the latest when null.</summary>
    public long? PipelineVersionId { get; init; }

    /// <summary>The MLflow experiment to record the execution in (1 to 256 characters).</summary>
    public string? MlflowExperimentName { get; init; }
}
