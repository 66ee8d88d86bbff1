using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.Tests.Execution;

/// <summary>
/// Credential failures as the credentials library raises them (the same messages, codes, settings and transience),
/// for tests that make the fake SageMaker client throw them.
/// </summary>
internal static class CredentialFailures
{
    public const string RoleArn = "arn:aws:iam::123456789012:role/sagemaker-rules";

    public const string AzureAdUnreachableMessage =
        "Azure AD at https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555/ could not be reached: "
        + "Connection refused (login.microsoftonline.com:443) Check network access to it, and AzureAd.AuthorityHost "
        + "(or AZURE_AUTHORITY_HOST) for a sovereign cloud. The next request tries again.";

    public const string StsUnavailableMessage =
        "STS AssumeRoleWithWebIdentity for role "
        + RoleArn
        + " failed with ServiceUnavailable (HTTP 503) after 3 attempt(s): Service is unavailable.";

    /// <summary>Azure AD could not be reached at all (transient).</summary>
    public static CredentialsException AzureAdUnreachable() =>
        new(AzureAdUnreachableMessage, errorCode: null, "AzureAd.AuthorityHost", isTransient: true);

    /// <summary>STS answered 503 to every exchange attempt of the library (transient).</summary>
    public static CredentialsException StsUnavailable() =>
        new(StsUnavailableMessage, "ServiceUnavailable", setting: null, isTransient: true);

    /// <summary>Azure AD rejected the client secret (not transient).</summary>
    public static CredentialsException RejectedSecret() =>
        new(
            "Azure AD rejected the client secret of application 66666666-7777-8888-9999-000000000000. Create a new "
                + "client secret under 'Certificates & secrets' of the app registration and set AzureAd.ClientSecret "
                + "to its Value (not its Secret ID); secrets also expire. Azure AD said: AADSTS7000215: Invalid "
                + "client secret provided.",
            "AADSTS7000215",
            "AzureAd.ClientSecret",
            isTransient: false
        );

    /// <summary>The role does not trust the Azure AD tenant (not transient).</summary>
    public static CredentialsException RoleNotTrusted() =>
        new(
            $"STS refused AssumeRoleWithWebIdentity for role {RoleArn} with AccessDenied: Not authorized to perform "
                + "sts:AssumeRoleWithWebIdentity. Add the issuer to the role's trust policy.",
            "AccessDenied",
            "AzureAd.RoleArn",
            isTransient: false
        );
}
