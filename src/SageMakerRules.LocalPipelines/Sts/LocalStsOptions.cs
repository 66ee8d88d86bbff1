namespace SageMakerRules.LocalPipelines.Sts;

/// <summary>
/// Settings of the local STS: the OpenID Connect providers it trusts, as an AWS account's IAM OIDC identity
/// providers and role trust policies would.
/// </summary>
public sealed class LocalStsOptions
{
    /// <summary>The shortest session, in seconds.</summary>
    public const int MinimumDurationSeconds = 900;

    /// <summary>The longest session, in seconds.</summary>
    public const int MaximumDurationSeconds = 43_200;

    /// <summary>The trusted identity providers. A token from any other issuer is rejected.</summary>
    public IList<TrustedOidcProvider> TrustedProviders { get; } = [];

    /// <summary>The account id used in assumed-role ARNs. Defaults to <c>000000000000</c>.</summary>
    public string AccountId { get; set; } = "000000000000";

    /// <summary>
    /// Whether discovery documents and key sets must be fetched over HTTPS, as IAM requires. Defaults to
    /// <see langword="true"/>; switch it off only for a development provider on plain HTTP.
    /// </summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>How much a token's expiry may be exceeded, for clock differences. Defaults to zero, as IAM.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.Zero;
}
