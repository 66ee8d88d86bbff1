namespace SageMakerRules.SageMaker.Credentials;

/// <summary>The Azure AD authority hosts of the public and sovereign clouds.</summary>
public static class AzureAuthorityHosts
{
    /// <summary>The public (commercial) cloud, the default.</summary>
    public static readonly Uri PublicCloud = new("https://login.microsoftonline.com/");

    /// <summary>Azure Government (US).</summary>
    public static readonly Uri Government = new("https://login.microsoftonline.us/");

    /// <summary>Azure operated by 21Vianet (China).</summary>
    public static readonly Uri China = new("https://login.chinacloudapi.cn/");

    /// <summary>Whether <paramref name="host"/> is one of the well-known Azure authority hosts.</summary>
    /// <param name="host">An authority host URI.</param>
    /// <returns><see langword="true"/> for a well-known host, which MSAL can validate itself.</returns>
    public static bool IsWellKnown(Uri host) =>
        host.Host.Equals(PublicCloud.Host, StringComparison.OrdinalIgnoreCase)
        || host.Host.Equals(Government.Host, StringComparison.OrdinalIgnoreCase)
        || host.Host.Equals(China.Host, StringComparison.OrdinalIgnoreCase);
}
