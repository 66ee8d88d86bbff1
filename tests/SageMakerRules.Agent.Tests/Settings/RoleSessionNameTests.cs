using SageMakerRules.Agent.Settings;
using XMIoT.Framework.Settings;

namespace SageMakerRules.Agent.Tests.Settings;

public sealed class RoleSessionNameTests
{
    [Fact]
    public void Read_AzureAdWithSessionName_PassesItToTheCredentials()
    {
        var parameters = AzureAdParameters.Create();
        parameters[SettingKeys.RoleSessionName] = "xmpro-line-3";
        var problems = new List<SettingProblem>();

        var settings = AgentSettingsReader.Read(AzureAdParameters.Reader(parameters), problems);

        Assert.DoesNotContain(problems, problem => problem.Key.StartsWith("Role", StringComparison.Ordinal));
        Assert.Equal("xmpro-line-3", settings.Connection!.Credentials.AzureAd!.RoleSessionName);
    }

    [Fact]
    public void Read_AzureAdWithoutSessionName_LeavesItToBeDerived()
    {
        var settings = AgentSettingsReader.Read(AzureAdParameters.Reader(AzureAdParameters.Create()), []);

        Assert.Null(settings.Connection!.Credentials.AzureAd!.RoleSessionName);
    }

    [Fact]
    public void Validate_SessionNameWithSpaces_SaysWhatIsAllowed()
    {
        var parameters = AzureAdParameters.Create();
        parameters[SettingKeys.RoleSessionName] = "line 3";

        var problems = new SageMakerPipelineAgent().Validate(parameters);

        var problem = Assert.Single(problems, text => text.Contains("(RoleSessionName)", StringComparison.Ordinal));
        Assert.Contains("'line 3' is not a role session name", problem, StringComparison.Ordinal);
        Assert.Contains("2 to 64", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void GetConfigurationTemplate_AzureAd_ShowsTheSessionName()
    {
        var agent = new SageMakerPipelineAgent();
        var parameters = AzureAdParameters.Create();

        // Without the client secret the agent has no credentials to call Azure AD with: no traffic leaves the host.
        parameters.Remove(SettingKeys.AzureClientSecret);
        var shown = Find(agent.GetConfigurationTemplate("", parameters));
        var hidden = Find(agent.GetConfigurationTemplate("", new Dictionary<string, string>()));

        Assert.True(shown.Visible);
        Assert.Equal("Role Session Name", shown.Caption);
        Assert.False(hidden.Visible);
    }

    private static Setting Find(string template) =>
        XMIoT.Framework.Settings.Settings.Parse(template).Find(SettingKeys.RoleSessionName)!;
}
