namespace SageMakerRules.SageMaker.Credentials;

/// <summary>
/// Turns STS failures into messages that name the role's trust policy and the issuer and audience the token carried.
/// Never includes the token.
/// </summary>
internal static class StsErrors
{
    /// <summary>STS codes worth another attempt (with a fresh token for an expired one).</summary>
    public static bool IsRetryable(WebIdentityExchangeException exception) =>
        exception.ErrorCode
            is null
                or "IDPCommunicationError"
                or "ExpiredTokenException"
                or "ExpiredToken"
                or "Throttling"
                or "ThrottlingException"
                or "InternalFailure"
                or "ServiceUnavailable"
        || exception.StatusCode >= 500;

    /// <summary>Maps the last failed attempt of a refresh.</summary>
    public static CredentialsException Map(
        WebIdentityExchangeException exception,
        TokenClaims claims,
        FederationSettings settings,
        int attempts
    ) =>
        exception.ErrorCode switch
        {
            null => Unreachable(exception, settings, attempts),
            "InvalidIdentityToken" => Trust(exception, claims, settings, TrustAdvice.Provider),
            "IDPRejectedClaim" or "AccessDenied" or "AccessDeniedException" => Trust(
                exception,
                claims,
                settings,
                TrustAdvice.Condition
            ),
            "ExpiredTokenException" or "ExpiredToken" => Expired(exception, claims, settings, attempts),
            "IDPCommunicationError" => Transient(
                exception,
                settings,
                attempts,
                "STS could not reach the issuer "
                    + $"'{claims.Issuer}' to fetch its signing keys. The issuer's discovery document and JWKS must be "
                    + "reachable from AWS."
            ),
            "ValidationError" when exception.Message.Contains("Duration", StringComparison.OrdinalIgnoreCase) => Fail(
                exception,
                settings,
                "AzureAd.DurationSeconds",
                "Lower AzureAd.DurationSeconds to at most the "
                    + "role's maximum session duration (IAM role > Maximum session duration)."
            ),
            _ => Other(exception, settings, attempts),
        };

    private static CredentialsException Trust(
        WebIdentityExchangeException exception,
        TokenClaims claims,
        FederationSettings settings,
        TrustAdvice advice
    )
    {
        var issuerHost = claims.Issuer.Replace("https://", "", StringComparison.OrdinalIgnoreCase).TrimEnd('/');
        var fix =
            advice == TrustAdvice.Provider
                ? "The AWS account needs an IAM OIDC identity provider for the issuer "
                    + $"'{claims.Issuer}' whose audiences "
                    + $"(client IDs) include '{claims.Audience}', and the trust policy of role {settings.RoleArn} must "
                    + "allow sts:AssumeRoleWithWebIdentity for that provider."
                : $"The trust policy of role {settings.RoleArn} must allow sts:AssumeRoleWithWebIdentity for the "
                    + $"federated principal of issuer '{claims.Issuer}' with the condition "
                    + $"\"{issuerHost}:aud\" = \"{claims.Audience}\" "
                    + $"(and any \"{issuerHost}:sub\" condition must match).";

        return Fail(
            exception,
            settings,
            "AzureAd.RoleArn",
            $"The token sent had issuer '{claims.Issuer}' and audience '{claims.Audience}'. {fix} If the audience is "
                + "not the one the provider expects, change AzureAd.ScopeForm or AzureAd.Scope."
        );
    }

    private static CredentialsException Expired(
        WebIdentityExchangeException exception,
        TokenClaims claims,
        FederationSettings settings,
        int attempts
    ) =>
        Transient(
            exception,
            settings,
            attempts,
            $"STS found the Azure AD token expired (it claimed to expire at {claims.ExpiresAt:O}) even after a "
                + "fresh token was requested. Check that this machine's clock is right."
        );

    private static CredentialsException Unreachable(
        WebIdentityExchangeException exception,
        FederationSettings settings,
        int attempts
    ) =>
        new(
            $"STS at {StsWebIdentityExchange.DescribeEndpoint(settings)} could not be reached after {attempts} "
                + $"attempt(s): {exception.Message} Check network access, and AzureAd.StsEndpoint, "
                + $"{CredentialsEnvironment.StsEndpoint} or AzureAd.StsRegion. The next request tries again.",
            errorCode: null,
            setting: "AzureAd.StsEndpoint",
            isTransient: true
        );

    private static CredentialsException Transient(
        WebIdentityExchangeException exception,
        FederationSettings settings,
        int attempts,
        string advice
    ) =>
        new(
            $"STS AssumeRoleWithWebIdentity for role {settings.RoleArn} failed with {exception.ErrorCode} after "
                + $"{attempts} attempt(s): {exception.Message} {advice} The next request tries again.",
            exception.ErrorCode,
            setting: null,
            isTransient: true
        );

    private static CredentialsException Other(
        WebIdentityExchangeException exception,
        FederationSettings settings,
        int attempts
    ) =>
        new(
            $"STS AssumeRoleWithWebIdentity for role {settings.RoleArn} failed with {exception.ErrorCode} "
                + $"(HTTP {exception.StatusCode}) after {attempts} attempt(s): {exception.Message}",
            exception.ErrorCode,
            setting: null,
            isTransient: IsRetryable(exception)
        );

    private static CredentialsException Fail(
        WebIdentityExchangeException exception,
        FederationSettings settings,
        string setting,
        string advice
    ) =>
        new(
            $"STS refused AssumeRoleWithWebIdentity for role {settings.RoleArn} with {exception.ErrorCode}: "
                + $"{exception.Message} {advice}",
            exception.ErrorCode,
            setting,
            isTransient: false
        );

    private enum TrustAdvice
    {
        Provider,
        Condition,
    }
}
