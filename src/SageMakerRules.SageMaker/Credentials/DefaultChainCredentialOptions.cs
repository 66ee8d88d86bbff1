namespace SageMakerRules.SageMaker.Credentials;

/// <summary>Settings of the <see cref="CredentialMethod.DefaultChain"/> method.</summary>
public sealed class DefaultChainCredentialOptions
{
    /// <summary>
    /// A named profile of the shared AWS config and credentials files to use instead of the whole chain, or
    /// <see langword="null"/> to let the chain decide (it honours <c>AWS_PROFILE</c> itself).
    /// </summary>
    public string? ProfileName { get; set; }
}
