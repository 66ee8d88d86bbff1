using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace SageMakerRules.LocalPipelines.Sts;

/// <summary>
/// Validates web identity tokens like IAM: the issuer must be a trusted provider, the signature must verify against
/// the keys in the issuer's JWKS (found through its discovery document), the audience must be one of the provider's
/// client ids, and the token must not have expired on the server's clock.
/// </summary>
internal sealed class WebIdentityValidator
{
    private readonly LocalStsOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly HttpClient _httpClient;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _configurations =
        new(StringComparer.Ordinal);

    public WebIdentityValidator(LocalStsOptions options, TimeProvider timeProvider, HttpClient httpClient)
    {
        _options = options;
        _timeProvider = timeProvider;
        _httpClient = httpClient;
    }

    /// <summary>Validates <paramref name="token"/> for <paramref name="roleArn"/>, or throws the STS error.</summary>
    public async Task<ValidatedWebIdentity> ValidateAsync(string token, string roleArn, CancellationToken cancellation)
    {
        var unvalidated = Read(token);
        var provider = FindProvider(unvalidated.Issuer);
        CheckExpiry(unvalidated);

        var result = await ValidateSignatureAsync(token, provider, refresh: false, cancellation);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The issuer may have rotated its keys since the key set was cached.
            result = await ValidateSignatureAsync(token, provider, refresh: true, cancellation);
        }

        if (!result.IsValid)
        {
            throw Rejected(result.Exception);
        }

        CheckRole(provider, roleArn);

        return new ValidatedWebIdentity(unvalidated.Issuer, unvalidated.Subject, Audience(unvalidated));
    }

    private JsonWebToken Read(string token)
    {
        try
        {
            return _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            throw StsException.InvalidToken("The web identity token is not a well-formed JWT.");
        }
    }

    private TrustedOidcProvider FindProvider(string issuer) =>
        _options.TrustedProviders.FirstOrDefault(provider => provider.Issuer == issuer)
        ?? throw StsException.InvalidToken($"No OpenIDConnect provider found in your account for {issuer}");

    private void CheckExpiry(JsonWebToken token)
    {
        var now = _timeProvider.GetUtcNow();
        if (token.ValidTo == DateTime.MinValue)
        {
            throw StsException.InvalidToken("The web identity token has no 'exp' claim.");
        }

        if (
            token.ValidFrom != DateTime.MinValue
            && new DateTimeOffset(token.ValidFrom, TimeSpan.Zero) > now + _options.ClockSkew
        )
        {
            throw StsException.InvalidToken("The web identity token is not valid yet (its 'nbf' is in the future).");
        }

        var expires = new DateTimeOffset(token.ValidTo, TimeSpan.Zero);
        if (now > expires + _options.ClockSkew)
        {
            throw StsException.Expired(
                $"Token expired: current date/time {now:O} must be before the expiration date/time {expires:O}"
            );
        }
    }

    private async Task<TokenValidationResult> ValidateSignatureAsync(
        string token,
        TrustedOidcProvider provider,
        bool refresh,
        CancellationToken cancellation
    )
    {
        var configuration = await GetConfigurationAsync(provider, refresh, cancellation);
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = provider.Issuer,
            ValidAudiences = provider.Audiences,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidateLifetime = false,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
        };

        return await _handler.ValidateTokenAsync(token, parameters);
    }

    private async Task<OpenIdConnectConfiguration> GetConfigurationAsync(
        TrustedOidcProvider provider,
        bool refresh,
        CancellationToken cancellation
    )
    {
        var manager = _configurations.GetOrAdd(provider.Issuer, _ => CreateManager(provider));
        if (refresh)
        {
            manager.RequestRefresh();
        }

        try
        {
            return await manager.GetConfigurationAsync(cancellation);
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or HttpRequestException)
        {
            throw StsException.Communication(
                $"Couldn't retrieve verification key from your identity provider, {provider.Issuer}: "
                    + "the discovery document or key set at "
                    + $"{provider.ResolvedMetadataAddress} could not be read."
            );
        }
    }

    private ConfigurationManager<OpenIdConnectConfiguration> CreateManager(TrustedOidcProvider provider) =>
        new(
            provider.ResolvedMetadataAddress.AbsoluteUri,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(_httpClient) { RequireHttps = _options.RequireHttpsMetadata }
        );

    private static StsException Rejected(Exception? exception) =>
        exception switch
        {
            SecurityTokenInvalidAudienceException => StsException.InvalidToken("Incorrect token audience"),
            SecurityTokenInvalidIssuerException => StsException.InvalidToken("Incorrect token issuer"),
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
                StsException.InvalidToken("The web identity token's signature could not be verified"),
            _ => StsException.InvalidToken("The web identity token could not be validated"),
        };

    private static void CheckRole(TrustedOidcProvider provider, string roleArn)
    {
        if (provider.RoleArns.Count > 0 && !provider.RoleArns.Contains(roleArn, StringComparer.Ordinal))
        {
            throw StsException.AccessDenied("Not authorized to perform sts:AssumeRoleWithWebIdentity");
        }
    }

    private static string Audience(JsonWebToken token) => token.Audiences.FirstOrDefault() ?? "";
}

/// <summary>What a validated token established: its issuer, subject and audience.</summary>
internal sealed record ValidatedWebIdentity(string Issuer, string Subject, string Audience);
