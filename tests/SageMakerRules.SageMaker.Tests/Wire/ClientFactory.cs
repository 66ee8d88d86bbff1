using Amazon;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;

namespace SageMakerRules.SageMaker.Tests.Wire;

/// <summary>Builds clients that talk to a <see cref="RecordingServer"/>.</summary>
public static class ClientFactory
{
    public const string AccessKeyId = "AKIDEXAMPLETESTKEY01";

    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    public static SageMakerPipelinesClient Create(
        RecordingServer server,
        int maxErrorRetry = 2,
        ILogger? logger = null,
        AWSCredentials? credentials = null,
        RequestRetryMode retryMode = RequestRetryMode.Standard
    )
    {
        var config = new SageMakerPipelinesConfig
        {
            ServiceURL = server.Url.ToString(),
            AuthenticationRegion = "eu-west-1",
            MaxErrorRetry = maxErrorRetry,
            RetryMode = retryMode,
            EnvironmentLookup = _ => null,
        };
        return new SageMakerPipelinesClient(
            credentials ?? new BasicAWSCredentials(AccessKeyId, SecretKey),
            config,
            logger
        );
    }

    public static RegionEndpoint Region => RegionEndpoint.EUWest1;
}
