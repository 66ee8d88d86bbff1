namespace SageMakerRules.SageMaker;

/// <summary>A resolved SageMaker endpoint and the setting it came from.</summary>
/// <param name="Url">The endpoint URL.</param>
/// <param name="Source">
/// Where it came from: <c>ServiceURL</c>, <c>AWS_ENDPOINT_URL_SAGEMAKER</c>, <c>AWS_ENDPOINT_URL</c> or
/// <c>region</c>.
/// </param>
public sealed record SageMakerEndpoint(Uri Url, string Source);
