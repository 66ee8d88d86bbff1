using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Tests.Support;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.Tests.Settings;

/// <summary>Raw agent settings for Azure AD federation, as a stream host passes them, and a reader over them.</summary>
internal static class AzureAdParameters
{
    /// <summary>A complete Azure AD configuration; the client secret is encrypted as the host's vault would.</summary>
    public static Dictionary<string, string> Create() =>
        new(StringComparer.Ordinal)
        {
            [SettingKeys.Region] = "eu-west-1",
            [SettingKeys.AuthenticationMethod] = nameof(CredentialMethod.AzureAd),
            [SettingKeys.AzureTenantId] = "11111111-2222-3333-4444-555555555555",
            [SettingKeys.AzureClientId] = "66666666-7777-8888-9999-000000000000",
            [SettingKeys.AzureClientSecret] = FakeVault.Encrypt("client-secret-value"),
            [SettingKeys.RoleArn] = "arn:aws:iam::123456789012:role/sagemaker-rules",
            [SettingKeys.RulesSource] = "ParameterMap",
            [SettingKeys.Pipeline] = AgentScenario.Pipeline,
        };

    /// <summary>Reads <paramref name="parameters"/> with the fake vault and no stream variables.</summary>
    public static SettingReader Reader(Dictionary<string, string> parameters) =>
        new(parameters, FakeVault.Decrypt, _ => "");
}
