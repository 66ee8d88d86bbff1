using Amazon.Runtime;
using Amazon.Runtime.Endpoints;
using Amazon.Runtime.Internal;
using SageMakerRules.SageMaker.Endpoints;

namespace SageMakerRules.SageMaker;

/// <summary>
/// Settings of <see cref="SageMakerPipelinesClient"/>. Set <see cref="ClientConfig.RegionEndpoint"/> for the regional
/// endpoint (with <see cref="ClientConfig.UseFIPSEndpoint"/> or <see cref="ClientConfig.UseDualstackEndpoint"/> when
/// wanted), or <see cref="ClientConfig.ServiceURL"/> for an explicit endpoint. Without an explicit endpoint the
/// variables <c>AWS_ENDPOINT_URL_SAGEMAKER</c> and then <c>AWS_ENDPOINT_URL</c> are honoured unless
/// <see cref="ClientConfig.IgnoreConfiguredEndpointUrls"/> is set. Retries use the SDK's standard mode by default
/// (set <see cref="ClientConfig.RetryMode"/> to <see cref="RequestRetryMode.Adaptive"/> for client-side rate limiting).
/// </summary>
public sealed class SageMakerPipelinesConfig : ClientConfig
{
    /// <summary>The SageMaker API version this client speaks.</summary>
    public const string ApiVersion = "2017-07-24";

    /// <summary>The SigV4 signing name of SageMaker.</summary>
    public const string SigningName = "sagemaker";

    /// <summary>Creates the settings with the SDK's standard retry mode.</summary>
    public SageMakerPipelinesConfig()
        : base(CreateDefaults())
    {
        ServiceId = "SageMaker";
        AuthenticationServiceName = SigningName;
        EndpointProvider = new SageMakerEndpointProvider(this);
    }

    /// <summary>
    /// Settings for a region and, optionally, an explicit endpoint (for example the local endpoint). With an explicit
    /// endpoint the region still names the signing region, which Core would otherwise guess from the host.
    /// </summary>
    /// <param name="region">The region system name, for example <c>eu-west-1</c>.</param>
    /// <param name="serviceUrl">An explicit endpoint URL, or null for the regional endpoint.</param>
    /// <returns>The settings.</returns>
    public static SageMakerPipelinesConfig For(string region, string? serviceUrl = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        var config = new SageMakerPipelinesConfig { RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(region) };
        if (!string.IsNullOrWhiteSpace(serviceUrl))
        {
            // Core clears RegionEndpoint when ServiceURL is set, so the region moves to AuthenticationRegion.
            config.ServiceURL = serviceUrl;
            config.AuthenticationRegion = region;
        }

        return config;
    }

    /// <summary>
    /// Reads an environment variable; <see cref="Environment.GetEnvironmentVariable(string)"/> by default. Tests
    /// replace it so they never change the process environment.
    /// </summary>
    public Func<string, string?> EnvironmentLookup { get; set; } = Environment.GetEnvironmentVariable;

    /// <inheritdoc />
    public override string RegionEndpointServiceName => "api.sagemaker";

    /// <inheritdoc />
    public override string ServiceVersion => ApiVersion;

    /// <summary>
    /// Core's user agent (SDK, platform and language) naming this client as <c>api/SageMaker#version</c>.
    /// </summary>
    public override string UserAgent { get; } =
        Amazon.Util.Internal.InternalSDKUtils.BuildUserAgentString(
            "SageMaker",
            typeof(SageMakerPipelinesConfig).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"
        );

    /// <summary>
    /// Resolves the endpoint these settings select, or throws <see cref="SageMakerEndpointException"/> naming the
    /// setting that cannot work.
    /// </summary>
    /// <returns>The endpoint and where it came from.</returns>
    public SageMakerEndpoint ResolveEndpoint() =>
        SageMakerEndpointResolver.Resolve(
            new SageMakerEndpointSettings(
                RegionEndpoint?.SystemName ?? AuthenticationRegion,
                UseFIPSEndpoint,
                UseDualstackEndpoint,
                ServiceURL,
                IgnoreConfiguredEndpointUrls,
                EnvironmentLookup
            )
        );

    /// <inheritdoc />
    public override Endpoint DetermineServiceOperationEndpoint(ServiceOperationEndpointParameters parameters) =>
        new(ResolveEndpoint().Url.ToString());

    private static DefaultConfigurationProvider CreateDefaults() =>
        new(
            [
                new DefaultConfiguration
                {
                    Name = DefaultConfigurationMode.Standard,
                    RetryMode = RequestRetryMode.Standard,
                },
            ]
        );
}
