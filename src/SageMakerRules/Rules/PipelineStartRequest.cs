namespace SageMakerRules;

/// <summary>
/// What a matched rule asks SageMaker to start. The idempotency token is not part of it: the host derives the token
/// from the rule, the pipeline and the event's identity, so that it stays the same across retries and instances.
/// </summary>
/// <param name="RuleName">The rule that produced the request.</param>
/// <param name="PipelineName">The pipeline name or ARN.</param>
/// <param name="PipelineVersionId">The pipeline version to run, or <see langword="null"/> for the latest.</param>
/// <param name="DisplayName">The execution display name, already sanitised to SageMaker's pattern, if any.</param>
/// <param name="Description">The execution description, if any.</param>
/// <param name="MaxParallelSteps">The parallelism override, if any.</param>
/// <param name="Parameters">The pipeline parameters, in rule order.</param>
public sealed record PipelineStartRequest(
    string RuleName,
    string PipelineName,
    long? PipelineVersionId,
    string? DisplayName,
    string? Description,
    int? MaxParallelSteps,
    IReadOnlyList<PipelineParameter> Parameters
);
