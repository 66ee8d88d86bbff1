using SageMakerRules.Agent.Settings;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Cli.Common;

/// <summary>
/// How a user of the command line sets each agent setting it builds (an option, an environment variable or both), so
/// that credential problems name those instead of the agent's settings or the credentials library's options.
/// </summary>
internal static class CliSettingNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [SettingKeys.AuthenticationMethod] = "--auth",
        [SettingKeys.Region] = "--region (or AWS_REGION)",
        [SettingKeys.EndpointUrl] = "--endpoint-url",
        [SettingKeys.AccessKeyId] = "AWS_ACCESS_KEY_ID",
        [SettingKeys.SecretAccessKey] = "AWS_SECRET_ACCESS_KEY",
        [SettingKeys.SessionToken] = "AWS_SESSION_TOKEN",
        [SettingKeys.AzureTenantId] = "--azure-tenant-id (or AZURE_TENANT_ID)",
        [SettingKeys.AzureClientId] = "--azure-client-id (or AZURE_CLIENT_ID)",
        [SettingKeys.AzureClientSecret] = "--azure-client-secret (or AZURE_CLIENT_SECRET)",
        [SettingKeys.AzureScope] = "--azure-scope",
        [SettingKeys.AzureAuthorityHost] = CredentialsEnvironment.AzureAuthorityHost,
        [SettingKeys.StsEndpointUrl] = CredentialsEnvironment.StsEndpoint,
        [SettingKeys.RoleArn] = "--role-arn (or AWS_ROLE_ARN)",
        [SettingKeys.RoleSessionName] = "--role-session-name",
    };

    /// <summary>The names, for the agent (<c>run</c>) and for the commands that call SageMaker themselves.</summary>
    public static SettingNames Instance { get; } = SettingNames.Host(key => Names.GetValueOrDefault(key));

    /// <summary>What to check when SageMaker does not accept the credentials a call was signed with.</summary>
    /// <param name="method">How the command authenticated.</param>
    public static string SignInAdvice(CredentialMethod method) =>
        method switch
        {
            CredentialMethod.AccessKey => "Check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN "
                + "for temporary keys), and that this machine's clock is correct.",
            CredentialMethod.AzureAd => "Check --role-arn (or AWS_ROLE_ARN), and that this machine's clock is correct.",
            _ => "Check the credentials the AWS chain finds (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, "
                + "AWS_SESSION_TOKEN or AWS_PROFILE), and that this machine's clock is correct.",
        };
}
