namespace SageMakerRules.SageMaker.Credentials;

/// <summary>The environment variables the credential providers read, as the AWS and Azure SDKs name them.</summary>
public static class CredentialsEnvironment
{
    /// <summary>The Azure AD authority host, as the Azure SDKs read it (for example a sovereign cloud).</summary>
    public const string AzureAuthorityHost = "AZURE_AUTHORITY_HOST";

    /// <summary>An STS endpoint URL that overrides the regional default.</summary>
    public const string StsEndpoint = "AWS_ENDPOINT_URL_STS";

    /// <summary>An endpoint URL for every AWS service; <see cref="StsEndpoint"/> wins over it for STS.</summary>
    public const string AllServicesEndpoint = "AWS_ENDPOINT_URL";

    /// <summary>The AWS region, used for the regional STS endpoint when no STS region is configured.</summary>
    public const string Region = "AWS_REGION";

    /// <summary>The older name of the AWS region variable, read when <see cref="Region"/> is not set.</summary>
    public const string DefaultRegion = "AWS_DEFAULT_REGION";
}
