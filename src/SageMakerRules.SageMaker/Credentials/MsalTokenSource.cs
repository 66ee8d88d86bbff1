using Microsoft.Identity.Client;

namespace SageMakerRules.SageMaker.Credentials;

/// <summary>
/// Client-credentials tokens from Azure AD through MSAL. MSAL caches the token in memory and renews it shortly
/// before it expires.
/// </summary>
internal sealed class MsalTokenSource : IAzureTokenSource
{
    private readonly FederationSettings _settings;
    private readonly IConfidentialClientApplication _application;

    public MsalTokenSource(FederationSettings settings)
    {
        _settings = settings;
        _application = Build(settings);
    }

    public async Task<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _application
                .AcquireTokenForClient([_settings.Scope])
                .WithForceRefresh(forceRefresh)
                .ExecuteAsync(cancellationToken);

            return result.AccessToken;
        }
        catch (MsalException exception)
        {
            throw AzureErrors.Map(exception, _settings);
        }
        catch (HttpRequestException exception)
        {
            throw AzureErrors.Unreachable(exception, _settings);
        }
    }

    private static IConfidentialClientApplication Build(FederationSettings settings)
    {
        var builder = ConfidentialClientApplicationBuilder
            .Create(settings.ClientId)
            .WithClientSecret(settings.ClientSecret);

        // MSAL validates only the Azure clouds it knows; a custom host (Azure Stack, a test server) cannot be
        // validated against Azure's instance discovery, so validation is switched off for it alone.
        builder = settings.IsCustomAuthority
            ? builder.WithAuthority(settings.Authority, validateAuthority: false).WithInstanceDiscovery(false)
            : builder.WithAuthority(settings.Authority, validateAuthority: true);

        return builder.Build();
    }
}
