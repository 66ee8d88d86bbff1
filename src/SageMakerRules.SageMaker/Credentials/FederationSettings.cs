namespace SageMakerRules.SageMaker.Credentials;

/// <summary>The validated, resolved settings of one Azure AD federation (environment variables applied).</summary>
internal sealed record FederationSettings(
    string TenantId,
    string ClientId,
    string ClientSecret,
    string Scope,
    Uri AuthorityHost,
    string RoleArn,
    string RoleSessionName,
    int DurationSeconds,
    string StsRegion,
    Uri? StsEndpoint,
    TimeSpan RefreshMargin,
    int MaxExchangeAttempts
)
{
    private const string DefaultStsRegion = "us-east-1";

    /// <summary>The delay before the second exchange attempt; it doubles for each further attempt.</summary>
    public TimeSpan ExchangeRetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Whether the authority host is not a well-known Azure cloud, so MSAL cannot validate it.</summary>
    public bool IsCustomAuthority => !AzureAuthorityHosts.IsWellKnown(AuthorityHost);

    /// <summary>The authority URI, <c>{host}/{tenant}/</c>.</summary>
    public Uri Authority => new(AuthorityHost, TenantId + "/");

    /// <summary>Validates <paramref name="options"/> and applies the environment's defaults.</summary>
    public static FederationSettings Resolve(AzureAdCredentialOptions options, Func<string, string?> environment)
    {
        CredentialsValidation.Validate(options);

        return new FederationSettings(
            options.TenantId.Trim(),
            options.ClientId.Trim(),
            options.ClientSecret,
            AzureScope.Resolve(options),
            ResolveAuthorityHost(options, environment),
            options.RoleArn.Trim(),
            options.RoleSessionName is null
                ? Credentials.RoleSessionName.Derive(Environment.MachineName)
                : Credentials.RoleSessionName.Sanitize(options.RoleSessionName),
            options.DurationSeconds,
            ResolveRegion(options, environment),
            ResolveStsEndpoint(options, environment),
            options.RefreshMargin,
            options.MaxExchangeAttempts
        );
    }

    private static Uri ResolveAuthorityHost(AzureAdCredentialOptions options, Func<string, string?> environment)
    {
        if (options.AuthorityHost is not null)
        {
            return WithTrailingSlash(options.AuthorityHost);
        }

        var fromEnvironment = environment(CredentialsEnvironment.AzureAuthorityHost);
        if (string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return AzureAuthorityHosts.PublicCloud;
        }

        return WithTrailingSlash(
            CredentialsValidation.ParseAbsoluteUri(
                fromEnvironment,
                $"environment variable {CredentialsEnvironment.AzureAuthorityHost}"
            )
        );
    }

    private static string ResolveRegion(AzureAdCredentialOptions options, Func<string, string?> environment)
    {
        var region = options.StsRegion;
        region ??= environment(CredentialsEnvironment.Region);
        region ??= environment(CredentialsEnvironment.DefaultRegion);

        return string.IsNullOrWhiteSpace(region) ? DefaultStsRegion : region.Trim();
    }

    private static Uri? ResolveStsEndpoint(AzureAdCredentialOptions options, Func<string, string?> environment)
    {
        if (options.StsEndpoint is not null)
        {
            return options.StsEndpoint;
        }

        foreach (var name in new[] { CredentialsEnvironment.StsEndpoint, CredentialsEnvironment.AllServicesEndpoint })
        {
            var value = environment(name);
            if (!string.IsNullOrWhiteSpace(value))
            {
                return CredentialsValidation.ParseAbsoluteUri(value, $"environment variable {name}");
            }
        }

        return null;
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");

    /// <inheritdoc/>
    public override string ToString() =>
        $"FederationSettings {{ TenantId = {TenantId}, ClientId = {ClientId}, RoleArn = {RoleArn} }}";
}
