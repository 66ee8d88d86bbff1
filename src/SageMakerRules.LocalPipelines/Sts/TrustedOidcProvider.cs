namespace SageMakerRules.LocalPipelines.Sts;

/// <summary>
/// One trusted OpenID Connect provider: the local counterpart of an IAM OIDC identity provider plus the trust
/// policies of the roles that name it.
/// </summary>
public sealed class TrustedOidcProvider
{
    /// <summary>The issuer, exactly as the tokens' <c>iss</c> claim carries it.</summary>
    public string Issuer { get; set; } = "";

    /// <summary>The accepted audiences (IAM's client id list); a token with any other <c>aud</c> is rejected.</summary>
    public IList<string> Audiences { get; } = [];

    /// <summary>
    /// The discovery document's URL; when <see langword="null"/>, <c>{Issuer}/.well-known/openid-configuration</c>.
    /// </summary>
    public Uri? MetadataAddress { get; set; }

    /// <summary>
    /// The roles whose trust policy allows this provider; when empty, every role does. Other roles are refused with
    /// <c>AccessDenied</c>.
    /// </summary>
    public IList<string> RoleArns { get; } = [];

    /// <summary>The discovery document's URL in use.</summary>
    public Uri ResolvedMetadataAddress =>
        MetadataAddress ?? new Uri(Issuer.TrimEnd('/') + "/.well-known/openid-configuration");
}
