using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.Settings;

/// <summary>Where and as whom the agent calls SageMaker, with secrets already decrypted.</summary>
/// <param name="Region">The AWS region.</param>
/// <param name="EndpointUrl">An explicit SageMaker endpoint, or <see langword="null"/> for the region's.</param>
/// <param name="Credentials">The credentials method and its fields.</param>
internal sealed record ConnectionSettings(string Region, Uri? EndpointUrl, CredentialsOptions Credentials);
