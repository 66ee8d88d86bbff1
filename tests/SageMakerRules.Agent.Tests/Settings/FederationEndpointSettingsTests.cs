using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Tests.Support;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.Tests.Settings;

/// <summary>The Azure AD federation settings for sovereign clouds: the authority host and the STS endpoint.</summary>
public sealed class FederationEndpointSettingsTests
{
    [Fact]
    public void Read_AuthorityHostAndStsEndpoint_PassesThemToTheCredentials()
    {
        var parameters = AzureAdParameters.Create();
        parameters[SettingKeys.Region] = "us-gov-west-1";
        parameters[SettingKeys.AzureAuthorityHost] = "https://login.microsoftonline.us";
        parameters[SettingKeys.StsEndpointUrl] = "https://sts.us-gov-west-1.amazonaws.com";
        var problems = new List<SettingProblem>();

        var azureAd = AgentSettingsReader
            .Read(AzureAdParameters.Reader(parameters), problems)
            .Connection!.Credentials.AzureAd!;

        Assert.Empty(problems);
        Assert.Equal(new Uri("https://login.microsoftonline.us/"), azureAd.AuthorityHost);
        Assert.Equal(new Uri("https://sts.us-gov-west-1.amazonaws.com/"), azureAd.StsEndpoint);
        Assert.Equal("us-gov-west-1", azureAd.StsRegion);
    }

    [Fact]
    public void Read_NeitherSet_LeavesThemToTheEnvironmentAndTheRegion()
    {
        var azureAd = AgentSettingsReader
            .Read(AzureAdParameters.Reader(AzureAdParameters.Create()), [])
            .Connection!.Credentials.AzureAd!;

        Assert.Null(azureAd.AuthorityHost);
        Assert.Null(azureAd.StsEndpoint);
        Assert.Equal("eu-west-1", azureAd.StsRegion);
    }

    [Theory]
    [InlineData("http://127.0.0.1:4566/")]
    [InlineData("http://localhost:4566/")]
    [InlineData("http://[::1]:4566/")]
    public void Read_StsEndpointOverHttpOnLoopback_Accepted(string url)
    {
        var parameters = AzureAdParameters.Create();
        parameters[SettingKeys.StsEndpointUrl] = url;
        var problems = new List<SettingProblem>();

        var azureAd = AgentSettingsReader
            .Read(AzureAdParameters.Reader(parameters), problems)
            .Connection!.Credentials.AzureAd!;

        Assert.Empty(problems);
        Assert.Equal(new Uri(url), azureAd.StsEndpoint);
    }

    [Theory]
    [InlineData("http://login.microsoftonline.us", "Enter https:// and the host only")]
    [InlineData("https://login.microsoftonline.us/my-tenant", "the tenant belongs in Azure Tenant Id")]
    [InlineData("login.microsoftonline.us", "is not an http or https URL")]
    public void Validate_InvalidAuthorityHost_NamesTheSettingAndTheFix(string value, string fix)
    {
        var parameters = AzureAdParameters.Create();
        parameters[SettingKeys.AzureAuthorityHost] = value;

        var problem = SingleProblem(parameters, "Azure Authority Host (AzureAuthorityHost): ");

        Assert.Contains($"'{value}'", problem, StringComparison.Ordinal);
        Assert.Contains(fix, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://sts.us-gov-west-1.amazonaws.com", "plain http to a host that is not loopback")]
    [InlineData("ftp://sts.example.com", "is not an http or https URL")]
    [InlineData("not a url", "is not an http or https URL")]
    public void Validate_InvalidStsEndpoint_NamesTheSettingAndTheFix(string value, string fix)
    {
        var parameters = AzureAdParameters.Create();
        parameters[SettingKeys.StsEndpointUrl] = value;

        var problem = SingleProblem(parameters, "STS Endpoint URL (StsEndpointUrl): ");

        Assert.Contains($"'{value}'", problem, StringComparison.Ordinal);
        Assert.Contains(fix, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_StsEndpointWithPassword_DoesNotRepeatIt()
    {
        var parameters = AzureAdParameters.Create();
        parameters[SettingKeys.StsEndpointUrl] = "https://proxy-user:Pa55word-in-url@sts.example.com/";

        var problem = SingleProblem(parameters, "STS Endpoint URL (StsEndpointUrl): ");

        Assert.Contains("user information", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Pa55word-in-url", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UseVariables_ReadsTheAuthorityHostFromItsVariable()
    {
        var parameters = AzureAdParameters.Create();
        parameters[SettingKeys.UseVariables] = "true";
        foreach (var key in new[] { SettingKeys.Region, SettingKeys.AzureTenantId, SettingKeys.AzureClientId })
        {
            parameters[SettingKeys.VariableOf(key)] = key;
        }

        parameters[SettingKeys.VariableOf(SettingKeys.AzureClientSecret)] = "secret";
        parameters[SettingKeys.VariableOf(SettingKeys.RoleArn)] = "role";
        parameters[SettingKeys.VariableOf(SettingKeys.AzureAuthorityHost)] = "azure-cloud";
        var variables = new Dictionary<string, string>(parameters, StringComparer.Ordinal)
        {
            ["secret"] = FakeVault.Encrypt("client-secret-value"),
            ["role"] = parameters[SettingKeys.RoleArn],
            ["azure-cloud"] = "https://login.chinacloudapi.cn/",
            [SettingKeys.Region] = "cn-north-1",
        };
        var problems = new List<SettingProblem>();

        var reader = new SettingReader(parameters, FakeVault.Decrypt, name => variables.GetValueOrDefault(name, ""));
        var azureAd = AgentSettingsReader.Read(reader, problems).Connection!.Credentials.AzureAd!;

        Assert.Empty(problems);
        Assert.Equal(AzureAuthorityHosts.China, azureAd.AuthorityHost);
        Assert.Equal("cn-north-1", azureAd.StsRegion);
    }

    [Fact]
    public void GetConfigurationTemplate_AzureAd_ShowsBothOptionalSettingsAndTheTwinWithVariables()
    {
        var parameters = AzureAdParameters.Create();

        // Without the client secret the agent has no credentials to call Azure AD with: no traffic leaves the host.
        parameters.Remove(SettingKeys.AzureClientSecret);
        var plain = Template(parameters);
        parameters[SettingKeys.UseVariables] = "true";
        var withVariables = Template(parameters);
        var accessKey = Template(new Dictionary<string, string>());

        Assert.True(plain.Find(SettingKeys.AzureAuthorityHost)!.Visible);
        Assert.False(plain.Find(SettingKeys.AzureAuthorityHost)!.Required);
        Assert.True(plain.Find(SettingKeys.StsEndpointUrl)!.Visible);
        Assert.False(withVariables.Find(SettingKeys.AzureAuthorityHost)!.Visible);
        Assert.True(withVariables.Find(SettingKeys.VariableOf(SettingKeys.AzureAuthorityHost))!.Visible);
        Assert.False(withVariables.Find(SettingKeys.VariableOf(SettingKeys.AzureAuthorityHost))!.Required);
        Assert.False(accessKey.Find(SettingKeys.AzureAuthorityHost)!.Visible);
        Assert.False(accessKey.Find(SettingKeys.StsEndpointUrl)!.Visible);
    }

    private static string SingleProblem(Dictionary<string, string> parameters, string prefix)
    {
        var problems = new SageMakerPipelineAgent().Validate(parameters);

        return Assert.Single(problems, text => text.StartsWith(prefix, StringComparison.Ordinal));
    }

    private static XMIoT.Framework.Settings.Settings Template(Dictionary<string, string> parameters) =>
        XMIoT.Framework.Settings.Settings.Parse(new SageMakerPipelineAgent().GetConfigurationTemplate("", parameters));
}
