namespace SageMakerRules.SageMaker.Credentials;

/// <summary>How the SageMaker client authenticates to AWS.</summary>
public enum CredentialMethod
{
    /// <summary>The AWS SDK's default chain: environment, profile, web identity file, container, instance.</summary>
    DefaultChain = 0,

    /// <summary>An IAM access key id and secret access key, optionally with a session token.</summary>
    AccessKey = 1,

    /// <summary>
    /// An Azure AD (Microsoft Entra ID) client-credentials token exchanged with STS
    /// <c>AssumeRoleWithWebIdentity</c> for temporary AWS credentials.
    /// </summary>
    AzureAd = 2,
}
