using Amazon.Runtime;
using Microsoft.Extensions.Logging;

namespace SageMakerRules.SageMaker.Credentials;

/// <summary>
/// Temporary AWS credentials obtained by exchanging an Azure AD client-credentials token with STS
/// <c>AssumeRoleWithWebIdentity</c>. They are cached and refreshed <see cref="AzureAdCredentialOptions.RefreshMargin"/>
/// before they expire; one refresh runs at a time, and a failed refresh is tried again on the next request.
/// Create them with <see cref="CredentialsFactory"/>.
/// </summary>
public sealed class AzureAdFederationCredentials : RefreshingAWSCredentials
{
    private readonly FederationSettings _settings;
    private readonly IAzureTokenSource _tokens;
    private readonly IWebIdentityExchange _exchange;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    internal AzureAdFederationCredentials(
        FederationSettings settings,
        IAzureTokenSource tokens,
        IWebIdentityExchange exchange,
        TimeProvider timeProvider,
        ILogger logger
    )
        : base(new AwsClock(timeProvider))
    {
        _settings = settings;
        _tokens = tokens;
        _exchange = exchange;
        _clock = timeProvider;
        _logger = logger;
        PreemptExpiryTime = settings.RefreshMargin;
        ExpirationBuffer = TimeSpan.Zero;
    }

    /// <summary>The ARN of the role these credentials assume.</summary>
    public string RoleArn => _settings.RoleArn;

    /// <summary>The (sanitised) role session name sent to STS.</summary>
    public string RoleSessionName => _settings.RoleSessionName;

    /// <summary>The scope requested from Azure AD.</summary>
    public string Scope => _settings.Scope;

    /// <inheritdoc/>
    protected override CredentialsRefreshState GenerateNewCredentials() =>
        GenerateNewCredentialsAsync().GetAwaiter().GetResult();

    /// <inheritdoc/>
    protected override async Task<CredentialsRefreshState> GenerateNewCredentialsAsync()
    {
        try
        {
            var exchanged = await ExchangeWithRetriesAsync(CancellationToken.None);
            Log.AssumedRole(_logger, _settings.RoleArn, _settings.RoleSessionName, exchanged.Expiration);

            return new CredentialsRefreshState(
                exchanged.Credentials,
                exchanged.Expiration.UtcDateTime,
                new AwsClock(_clock)
            );
        }
        catch (CredentialsException exception)
        {
            Log.RefreshFailed(_logger, _settings.RoleArn, exception.ErrorCode ?? exception.Setting ?? "unreachable");
            throw;
        }
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            (_exchange as IDisposable)?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"AzureAdFederationCredentials {{ RoleArn = {RoleArn}, RoleSessionName = {RoleSessionName} }}";

    private async Task<ExchangedCredentials> ExchangeWithRetriesAsync(CancellationToken cancellationToken)
    {
        var forceRefresh = false;
        for (var attempt = 1; ; attempt++)
        {
            Log.RequestingAzureToken(_logger, _settings.ClientId, _settings.TenantId);
            var token = await _tokens.GetTokenAsync(forceRefresh, cancellationToken);
            try
            {
                return await _exchange.ExchangeAsync(token, cancellationToken);
            }
            catch (WebIdentityExchangeException exception)
            {
                if (!StsErrors.IsRetryable(exception) || attempt >= _settings.MaxExchangeAttempts)
                {
                    throw StsErrors.Map(exception, TokenClaims.Read(token), _settings, attempt);
                }

                Log.ExchangeRetry(
                    _logger,
                    attempt,
                    _settings.MaxExchangeAttempts,
                    _settings.RoleArn,
                    exception.ErrorCode ?? "unreachable"
                );
                forceRefresh = exception.ErrorCode is "ExpiredTokenException" or "ExpiredToken";
                await Task.Delay(RetryDelay(attempt), _clock, cancellationToken);
            }
        }
    }

    private TimeSpan RetryDelay(int attempt) => _settings.ExchangeRetryDelay * Math.Pow(2, attempt - 1);
}
