namespace SageMakerRules.SageMaker.Endpoints;

/// <summary>The inputs of endpoint resolution.</summary>
/// <param name="Region">The region system name, for example <c>eu-west-1</c>.</param>
/// <param name="UseFips">Whether to use the FIPS endpoint.</param>
/// <param name="UseDualStack">Whether to use the dual-stack (IPv6) endpoint.</param>
/// <param name="ServiceUrl">An explicit endpoint URL.</param>
/// <param name="IgnoreConfiguredEndpointUrls">Whether to skip the environment overrides.</param>
/// <param name="EnvironmentLookup">Reads an environment variable.</param>
internal sealed record SageMakerEndpointSettings(
    string? Region,
    bool UseFips,
    bool UseDualStack,
    string? ServiceUrl,
    bool IgnoreConfiguredEndpointUrls,
    Func<string, string?> EnvironmentLookup
);
