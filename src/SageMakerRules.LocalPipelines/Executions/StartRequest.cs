namespace SageMakerRules.LocalPipelines.Executions;

/// <summary>A validated-for-shape StartPipelineExecution request.</summary>
internal sealed record StartRequest(
    string PipelineNameOrArn,
    string? DisplayName,
    string? Description,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    string ClientRequestToken,
    int? MaxParallelExecutionSteps,
    long? PipelineVersionId
)
{
    /// <summary>A text that is equal for two requests exactly when they ask for the same execution.</summary>
    public string Fingerprint(string pipelineArn) =>
        string.Join(
            '\u001f',
            [
                pipelineArn,
                DisplayName ?? string.Empty,
                Description ?? string.Empty,
                MaxParallelExecutionSteps?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                PipelineVersionId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                .. Parameters.Select(p => p.Key + "=" + p.Value),
            ]
        );
}
