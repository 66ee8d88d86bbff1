using System.Text.RegularExpressions;
using Microsoft.Identity.Client;

namespace SageMakerRules.SageMaker.Credentials;

/// <summary>Turns MSAL failures into messages that name the setting to fix; never with the secret or token.</summary>
internal static partial class AzureErrors
{
    /// <summary>Maps an MSAL failure.</summary>
    public static CredentialsException Map(MsalException exception, FederationSettings settings)
    {
        if (FindTransport(exception) is { } transport)
        {
            return Unreachable(transport, settings);
        }

        var description = Redact(exception.Message, settings);
        var code = AadstsCode(description);
        var statusCode = (exception as MsalServiceException)?.StatusCode ?? 0;

        return Classify(code, exception.ErrorCode) switch
        {
            AzureFailure.Secret => Fail(settings, code, "AzureAd.ClientSecret", SecretAdvice(settings), description),
            AzureFailure.Application => Fail(
                settings,
                code,
                "AzureAd.ClientId",
                ApplicationAdvice(settings),
                description
            ),
            AzureFailure.Tenant => Fail(settings, code, "AzureAd.TenantId", TenantAdvice(settings), description),
            AzureFailure.Scope => Fail(settings, code, "AzureAd.Scope", ScopeAdvice(settings), description),
            _ => Other(settings, code ?? exception.ErrorCode, statusCode, description),
        };
    }

    /// <summary>Azure AD could not be reached at all.</summary>
    public static CredentialsException Unreachable(Exception transport, FederationSettings settings) =>
        new(
            $"Azure AD at {settings.Authority} could not be reached: {Redact(transport.Message, settings)} "
                + "Check network access to it, and AzureAd.AuthorityHost (or AZURE_AUTHORITY_HOST) "
                + "for a sovereign cloud. The next request tries again.",
            errorCode: null,
            setting: "AzureAd.AuthorityHost",
            isTransient: true,
            innerException: transport is HttpRequestException ? transport : null
        );

    private static AzureFailure Classify(string? aadsts, string? oauthCode) =>
        aadsts switch
        {
            "AADSTS7000215" or "AADSTS7000222" or "AADSTS7000216" => AzureFailure.Secret,
            "AADSTS700016" => AzureFailure.Application,
            "AADSTS90002" or "AADSTS90023" or "AADSTS900023" => AzureFailure.Tenant,
            "AADSTS70011" or "AADSTS500011" or "AADSTS1002012" => AzureFailure.Scope,
            null when oauthCode == "invalid_client" => AzureFailure.Secret,
            null when oauthCode == "unauthorized_client" => AzureFailure.Application,
            null when oauthCode is "invalid_scope" or "invalid_resource" or "invalid_target" => AzureFailure.Scope,
            _ => AzureFailure.Other,
        };

    private static string SecretAdvice(FederationSettings settings) =>
        $"Azure AD rejected the client secret of application {settings.ClientId}. Create a new client secret "
        + "under 'Certificates & secrets' of the app registration and set AzureAd.ClientSecret to its Value "
        + "(not its Secret ID); secrets also expire.";

    private static string ApplicationAdvice(FederationSettings settings) =>
        $"Application {settings.ClientId} was not found in tenant {settings.TenantId}. Set AzureAd.ClientId to the "
        + "'Application (client) ID' of the app registration, and AzureAd.TenantId to the tenant it is registered in.";

    private static string TenantAdvice(FederationSettings settings) =>
        $"Tenant {settings.TenantId} was not found at {settings.AuthorityHost}. Set AzureAd.TenantId to the "
        + "'Directory (tenant) ID', and AzureAd.AuthorityHost (or AZURE_AUTHORITY_HOST) when the tenant is in a "
        + "sovereign cloud.";

    private static string ScopeAdvice(FederationSettings settings) =>
        $"Azure AD rejected the scope '{settings.Scope}'. "
        + $"Try '{AzureScope.Alternative(settings.ClientId, settings.Scope)}'"
        + " instead: set AzureAd.ScopeForm (ApplicationIdUri for api://{clientId}/.default, ClientId for "
        + "{clientId}/.default) or AzureAd.Scope. The api:// form needs an Application ID URI under 'Expose an API'.";

    private static CredentialsException Fail(
        FederationSettings settings,
        string? code,
        string setting,
        string advice,
        string description
    ) =>
        new(
            $"{advice} Azure AD said: {FirstLine(description)}",
            code ?? "invalid_request",
            setting,
            isTransient: false
        );

    private static CredentialsException Other(
        FederationSettings settings,
        string? code,
        int statusCode,
        string description
    ) =>
        new(
            $"Azure AD refused the token request of application {settings.ClientId} in tenant {settings.TenantId} "
                + $"(HTTP {statusCode}, {code}): {FirstLine(description)}",
            code,
            setting: null,
            isTransient: statusCode is 0 or 429 or >= 500
        );

    private static Exception? FindTransport(Exception exception)
    {
        for (var current = exception.InnerException; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or System.Net.Sockets.SocketException)
            {
                return current;
            }
        }

        return null;
    }

    private static string? AadstsCode(string description) =>
        AadstsPattern().Match(description) is { Success: true } match ? match.Value : null;

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);

        return (end < 0 ? text : text[..end]).Trim();
    }

    private static string Redact(string text, FederationSettings settings) =>
        Secrets.Redact(text, settings.ClientSecret);

    [GeneratedRegex("AADSTS[0-9]+")]
    private static partial Regex AadstsPattern();

    private enum AzureFailure
    {
        Other,
        Secret,
        Application,
        Tenant,
        Scope,
    }
}
