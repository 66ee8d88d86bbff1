namespace SageMakerRules;

/// <summary>The pipeline a rule starts, as written under <c>pipeline:</c>.</summary>
/// <param name="Name">The pipeline name or ARN.</param>
/// <param name="VersionId">The pipeline version id, or <see langword="null"/> for the latest.</param>
/// <param name="DisplayNameTemplate">The display name template as written, or <see langword="null"/>.</param>
/// <param name="Description">The execution description as written, or <see langword="null"/>.</param>
/// <param name="MaxParallelSteps">The maximum number of parallel steps, or <see langword="null"/>.</param>
public sealed record PipelineTarget(
    string Name,
    long? VersionId,
    string? DisplayNameTemplate,
    string? Description,
    int? MaxParallelSteps
);
