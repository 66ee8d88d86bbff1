using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.Settings;

/// <summary>
/// Names the agent setting behind a <see cref="CredentialsException"/>. The credentials library names its own options
/// (for example <c>AzureAd.ClientSecret</c>); a stream designer shows the agent's settings, so messages name those.
/// </summary>
internal static class CredentialSettings
{
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        ["AccessKey.AccessKeyId"] = SettingKeys.AccessKeyId,
        ["AccessKey.SecretAccessKey"] = SettingKeys.SecretAccessKey,
        ["AzureAd.TenantId"] = SettingKeys.AzureTenantId,
        ["AzureAd.ClientId"] = SettingKeys.AzureClientId,
        ["AzureAd.ClientSecret"] = SettingKeys.AzureClientSecret,
        ["AzureAd.Scope"] = SettingKeys.AzureScope,
        ["AzureAd.AuthorityHost"] = SettingKeys.AzureAuthorityHost,
        ["AzureAd.StsEndpoint"] = SettingKeys.StsEndpointUrl,
        ["AzureAd.RoleArn"] = SettingKeys.RoleArn,
        ["DefaultChain.ProfileName"] = SettingKeys.ProfileName,
    };

    /// <summary>The agent setting to fix; <see cref="SettingKeys.AuthenticationMethod"/> when none is named.</summary>
    public static string KeyOf(CredentialsException exception) =>
        exception.Setting is { } option && Keys.TryGetValue(option, out var key)
            ? key
            : SettingKeys.AuthenticationMethod;

    /// <summary>A sentence that points at the agent setting to fix, by caption and key.</summary>
    public static string Advice(CredentialsException exception)
    {
        var key = KeyOf(exception);

        return key == SettingKeys.AuthenticationMethod
            ? "Check the agent's authentication settings."
            : $"In the agent's settings, check {SettingCaptions.Of(key)} ({key}).";
    }
}
