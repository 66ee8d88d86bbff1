using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;

namespace SageMakerRules.SageMaker.Credentials;

/// <summary>
/// Calls STS <c>AssumeRoleWithWebIdentity</c> through AWSSDK.SecurityToken on an anonymous client: the request is
/// unsigned, as STS expects. The SDK's own retries are off; <see cref="AzureAdFederationCredentials"/> retries.
/// </summary>
internal sealed class StsWebIdentityExchange : IWebIdentityExchange, IDisposable
{
    private readonly FederationSettings _settings;
    private readonly AmazonSecurityTokenServiceClient _client;

    public StsWebIdentityExchange(FederationSettings settings)
    {
        _settings = settings;
        _client = new AmazonSecurityTokenServiceClient(new AnonymousAWSCredentials(), CreateConfig(settings));
    }

    /// <summary>The STS endpoint in use, for messages.</summary>
    public static string DescribeEndpoint(FederationSettings settings) =>
        settings.StsEndpoint?.ToString() ?? $"https://sts.{settings.StsRegion}.amazonaws.com";

    public async Task<ExchangedCredentials> ExchangeAsync(string webIdentityToken, CancellationToken cancellationToken)
    {
        var request = new AssumeRoleWithWebIdentityRequest
        {
            RoleArn = _settings.RoleArn,
            RoleSessionName = _settings.RoleSessionName,
            WebIdentityToken = webIdentityToken,
            DurationSeconds = _settings.DurationSeconds,
        };

        try
        {
            var response = await _client.AssumeRoleWithWebIdentityAsync(request, cancellationToken);

            return ToCredentials(response.Credentials);
        }
        catch (AmazonServiceException exception) when (exception.ErrorCode is not null && exception.StatusCode > 0)
        {
            var message = Secrets.Redact(exception.Message, webIdentityToken);
            throw new WebIdentityExchangeException(exception.ErrorCode, message, (int)exception.StatusCode);
        }
        catch (Exception exception) when (IsTransport(exception, cancellationToken))
        {
            var message = Secrets.Redact(Innermost(exception).Message, webIdentityToken);
            throw new WebIdentityExchangeException(null, message, 0);
        }
    }

    public void Dispose() => _client.Dispose();

    private static AmazonSecurityTokenServiceConfig CreateConfig(FederationSettings settings)
    {
        var config = new AmazonSecurityTokenServiceConfig { MaxErrorRetry = 0 };
        if (settings.StsEndpoint is null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(settings.StsRegion);
        }
        else
        {
            config.ServiceURL = settings.StsEndpoint.ToString();
            config.AuthenticationRegion = settings.StsRegion;
        }

        return config;
    }

    private static ExchangedCredentials ToCredentials(Amazon.SecurityToken.Model.Credentials credentials)
    {
        var expiration =
            credentials.Expiration
            ?? throw new WebIdentityExchangeException(
                "MalformedResponse",
                "STS returned credentials without an expiration.",
                (int)HttpStatusCode.OK
            );
        var immutable = new ImmutableCredentials(
            credentials.AccessKeyId,
            credentials.SecretAccessKey,
            credentials.SessionToken
        );

        return new ExchangedCredentials(immutable, new DateTimeOffset(expiration.ToUniversalTime(), TimeSpan.Zero));
    }

    private static bool IsTransport(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or System.Net.Sockets.SocketException or AmazonServiceException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static Exception Innermost(Exception exception)
    {
        while (exception.InnerException is not null)
        {
            exception = exception.InnerException;
        }

        return exception;
    }
}
