using System.Net;
using System.Text.RegularExpressions;
using SageMakerRules.SageMaker.Credentials;
using Keys = SageMakerRules.Agent.Settings.SettingKeys;

namespace SageMakerRules.Agent.Settings;

/// <summary>The Azure AD federation settings: the application, the role, and where Azure AD and STS are.</summary>
internal sealed partial class ConnectionReader
{
    private CredentialsOptions? AzureAd(string? region)
    {
        var count = problems.Count;
        var tenant = Required(Keys.AzureTenantId, false, "Enter the Azure AD tenant (directory) id.");
        var client = Required(Keys.AzureClientId, false, "Enter the application (client) id registered in Azure AD.");
        var secret = Required(Keys.AzureClientSecret, true, "Enter a client secret of that application.");
        var role = Required(Keys.RoleArn, false, "Enter the ARN of the AWS role that trusts the Azure AD tenant.");
        if (role is not null && !RoleArnPattern().IsMatch(role))
        {
            Problem(Keys.RoleArn, $"'{role}' is not an IAM role ARN. Use arn:aws:iam::<account>:role/<name>.");
            role = null;
        }

        var session = ReadSessionName();
        var authorityHost = ReadAuthorityHost();
        var stsEndpoint = ReadStsEndpoint();
        if (tenant is null || client is null || secret is null || role is null || problems.Count > count)
        {
            return null;
        }

        return new CredentialsOptions
        {
            Method = CredentialMethod.AzureAd,
            AzureAd = new AzureAdCredentialOptions
            {
                TenantId = tenant,
                ClientId = client,
                ClientSecret = secret,
                RoleArn = role,
                Scope = reader.Text(Keys.AzureScope),
                RoleSessionName = session,
                AuthorityHost = authorityHost,
                StsEndpoint = stsEndpoint,
                StsRegion = region,
            },
        };
    }

    private string? ReadSessionName()
    {
        var name = reader.Text(Keys.RoleSessionName);
        if (name is not null && !RoleSessionName.IsValid(name))
        {
            Problem(
                Keys.RoleSessionName,
                $"'{name}' is not a role session name. Use 2 to 64 letters, digits or _+=,.@- (no spaces), "
                    + "or leave it empty."
            );
        }

        return name;
    }

    private Uri? ReadAuthorityHost()
    {
        var text = Optional(Keys.AzureAuthorityHost, secure: false);
        var key = reader.SourceKey(Keys.AzureAuthorityHost);
        if (text is null || !IsUrl(key, text, out var uri))
        {
            return null;
        }

        if (uri.Scheme == Uri.UriSchemeHttps && uri.AbsolutePath == "/" && uri.Query.Length == 0)
        {
            return uri;
        }

        Problem(
            key,
            $"'{text}' is not an Azure AD authority host. Enter https:// and the host only, for example "
                + "https://login.microsoftonline.us (Azure Government) or https://login.chinacloudapi.cn (Azure "
                + "China); the tenant belongs in Azure Tenant Id. Leave it empty for the public cloud."
        );
        return null;
    }

    private Uri? ReadStsEndpoint()
    {
        var text = reader.Text(Keys.StsEndpointUrl);
        if (text is null || !IsUrl(Keys.StsEndpointUrl, text, out var uri))
        {
            return null;
        }

        if (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)))
        {
            return uri;
        }

        Problem(
            Keys.StsEndpointUrl,
            $"'{text}' uses plain http to a host that is not loopback, which would send the Azure AD token and the "
                + "AWS credentials unencrypted. Use https, or http only with 127.0.0.0/8, ::1 or localhost."
        );
        return null;
    }

    private bool IsUrl(string key, string text, out Uri uri)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out uri!) || uri.Scheme is not ("https" or "http"))
        {
            Problem(
                key,
                $"'{text}' is not an http or https URL. Enter a full URL such as https://host, or leave it empty."
            );
            return false;
        }

        if (uri.UserInfo.Length > 0 || uri.Fragment.Length > 0)
        {
            // The user information may hold a password, so the value is not repeated.
            Problem(key, "The URL contains user information or a fragment. Enter only the scheme, host and port.");
            return false;
        }

        return true;
    }

    private static bool IsLoopback(Uri uri) =>
        (uri.IsLoopback && uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        || (IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    [GeneratedRegex(@"^arn:aws[a-z\-]*:iam::\d{12}:role/.+$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleArnPattern();
}
