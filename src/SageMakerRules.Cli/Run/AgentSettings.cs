using SageMakerRules.Agent.Settings;
using SageMakerRules.Cli.Common;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Cli.Run;

/// <summary>
/// Builds the agent's settings dictionary from the command line, as a stream host would hold them. The rules are not
/// among them: the command compiles them once and hands them to the agent.
/// </summary>
internal static class AgentSettings
{
    /// <summary>The settings for one run.</summary>
    /// <param name="request">What the run was asked to do.</param>
    /// <param name="connection">Where the agent sends its calls.</param>
    public static Dictionary<string, string> For(RunRequest request, Connection connection)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [SettingKeys.Region] = connection.Region,
            [SettingKeys.EndpointUrl] = connection.EndpointUrl?.ToString() ?? "",
            [SettingKeys.WaitForCompletion] = request.Wait ? "true" : "false",
            [SettingKeys.OutputMode] = (request.TriggeredOnly ? OutputMode.TriggeredOnly : OutputMode.All).ToString(),
            [SettingKeys.StateDirectory] = request.StateDirectory ?? "",
        };
        if (connection.LocalServer is not null)
        {
            // The local endpoint finishes executions in seconds; poll at that pace whatever the rules say.
            settings[SettingKeys.PollIntervalOverrideSeconds] = "1";
        }

        AddCredentials(settings, connection.Credentials);
        return settings;
    }

    private static void AddCredentials(Dictionary<string, string> settings, CredentialsOptions credentials)
    {
        settings[SettingKeys.AuthenticationMethod] = credentials.Method.ToString();
        if (credentials.AccessKey is { } key)
        {
            settings[SettingKeys.AccessKeyId] = key.AccessKeyId;
            settings[SettingKeys.SecretAccessKey] = key.SecretAccessKey;
            settings[SettingKeys.SessionToken] = key.SessionToken ?? "";
        }

        if (credentials.AzureAd is { } azure)
        {
            settings[SettingKeys.AzureTenantId] = azure.TenantId;
            settings[SettingKeys.AzureClientId] = azure.ClientId;
            settings[SettingKeys.AzureClientSecret] = azure.ClientSecret;
            settings[SettingKeys.AzureScope] = azure.Scope ?? "";
            settings[SettingKeys.RoleArn] = azure.RoleArn;
            settings[SettingKeys.RoleSessionName] = azure.RoleSessionName ?? "";
        }
    }
}
