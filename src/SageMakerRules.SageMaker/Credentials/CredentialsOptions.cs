namespace SageMakerRules.SageMaker.Credentials;

/// <summary>
/// Describes how to obtain AWS credentials: the <see cref="Method"/> and the settings of that method.
/// </summary>
public sealed class CredentialsOptions
{
    /// <summary>The authentication method. Defaults to <see cref="CredentialMethod.DefaultChain"/>.</summary>
    public CredentialMethod Method { get; set; } = CredentialMethod.DefaultChain;

    /// <summary>The settings of <see cref="CredentialMethod.AccessKey"/>; required for that method.</summary>
    public AccessKeyCredentialOptions? AccessKey { get; set; }

    /// <summary>The settings of <see cref="CredentialMethod.AzureAd"/>; required when that method is chosen.</summary>
    public AzureAdCredentialOptions? AzureAd { get; set; }

    /// <summary>The settings of <see cref="CredentialMethod.DefaultChain"/>; optional.</summary>
    public DefaultChainCredentialOptions? DefaultChain { get; set; }
}
