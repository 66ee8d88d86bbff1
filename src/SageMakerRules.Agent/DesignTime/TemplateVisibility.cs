using XMIoT.Framework.Settings;
using Keys = SageMakerRules.Agent.Settings.SettingKeys;

namespace SageMakerRules.Agent.DesignTime;

/// <summary>Shows the controls that the current choices need, and hides the others.</summary>
internal static class TemplateVisibility
{
    private static readonly string[] AccessKeyFields = [Keys.AccessKeyId, Keys.SecretAccessKey, Keys.SessionToken];
    private static readonly string[] AzureFields =
    [
        Keys.AzureTenantId,
        Keys.AzureClientId,
        Keys.AzureClientSecret,
        Keys.AzureAuthorityHost,
        Keys.RoleArn,
    ];
    private static readonly string[] OptionalFields = [Keys.SessionToken, Keys.AzureAuthorityHost];

    public static void Apply(XMIoT.Framework.Settings.Settings settings, Settings.SettingReader reader)
    {
        var useVariables = reader.UsesVariables;
        var method = reader.Text(Keys.AuthenticationMethod) ?? "AccessKey";
        Twin(settings, Keys.Region, shown: true, useVariables);
        foreach (var key in AccessKeyFields)
        {
            Twin(settings, key, method == "AccessKey", useVariables);
        }

        foreach (var key in AzureFields)
        {
            Twin(settings, key, method == "AzureAd", useVariables);
        }

        Show(settings, Keys.AzureScope, method == "AzureAd");
        Show(settings, Keys.RoleSessionName, method == "AzureAd");
        Show(settings, Keys.StsEndpointUrl, method == "AzureAd");
        Show(settings, Keys.ProfileName, method == "DefaultChain");

        var source = reader.Choice(Keys.RulesSource, Settings.RulesSource.ParameterMap);
        var parameterMap = source == Settings.RulesSource.ParameterMap;
        Show(settings, Keys.RulesYaml, source == Settings.RulesSource.Yaml);
        Show(settings, Keys.RulesAssemblyPath, source == Settings.RulesSource.Assembly);
        Show(settings, Keys.RulesPaths, source == Settings.RulesSource.Files);
        Show(settings, Keys.ParameterMap, parameterMap);
        Show(settings, Keys.DisplayNameTemplate, parameterMap);
        Show(settings, Keys.MaxParallelSteps, parameterMap);

        var wait = reader.Flag(Keys.WaitForCompletion, true);
        Show(settings, Keys.PollIntervalSeconds, wait);
        Show(settings, Keys.TimeoutMinutes, wait);
        Show(settings, Keys.StopOnTimeout, wait);
    }

    private static void Twin(XMIoT.Framework.Settings.Settings settings, string key, bool shown, bool useVariables)
    {
        var required = !OptionalFields.Contains(key);
        if (settings.Find(key) is { } field)
        {
            field.Visible = shown && !useVariables;
            field.Required = field.Visible && required;
        }

        if (settings.Find(Keys.VariableOf(key)) is { } variable)
        {
            variable.Visible = shown && useVariables;
            variable.Required = variable.Visible && required;
        }
    }

    private static void Show(XMIoT.Framework.Settings.Settings settings, string key, bool shown)
    {
        if (settings.Find(key) is Setting setting)
        {
            setting.Visible = shown;
            setting.Required = shown && setting.Required;
        }
    }
}
