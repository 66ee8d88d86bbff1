using System.Text.RegularExpressions;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.Settings;

/// <summary>
/// Names the agent setting behind a <see cref="CredentialsException"/>. The credentials library names its own options
/// (for example <c>AzureAd.ClientSecret</c>); a stream designer shows the agent's settings, so messages name those.
/// </summary>
internal static partial class CredentialSettings
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

    /// <summary>
    /// Replaces each library option named in <paramref name="message"/> (with the environment variable the library
    /// adds in brackets, if any) by <paramref name="nameOf"/> its agent setting; options it cannot name stay.
    /// </summary>
    public static string Rename(string message, Func<string, string?> nameOf) =>
        LibraryOption()
            .Replace(
                message,
                match =>
                    Keys.TryGetValue(match.Groups["option"].Value, out var key) && nameOf(key) is { Length: > 0 } name
                        ? name
                        : match.Value
            );

    [GeneratedRegex(@"\b(?<option>(?:AccessKey|AzureAd|DefaultChain)\.[A-Za-z]+)\b(?: \(or [A-Z0-9_]+\))?")]
    private static partial Regex LibraryOption();
}
