using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Hosting;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Tests.Execution;
using SageMakerRules.SageMaker.Credentials;
using XMIoT.Framework;

namespace SageMakerRules.Agent.Tests.Settings;

public sealed class SettingNamesTests
{
    private const string RejectedSecret =
        "Azure AD rejected the client secret of application 6666. Create a new client secret under 'Certificates & "
        + "secrets' of the app registration and set AzureAd.ClientSecret to its Value (not its Secret ID); secrets "
        + "also expire. Azure AD said: AADSTS7000215: Invalid client secret provided.";

    private static readonly TestRule Rule = new("PumpRetrain", "pump-retrain");

    private static readonly SettingNames CommandLine = SettingNames.Host(key =>
        key switch
        {
            SettingKeys.AzureClientSecret => "--azure-client-secret (or AZURE_CLIENT_SECRET)",
            SettingKeys.AzureAuthorityHost => "AZURE_AUTHORITY_HOST",
            SettingKeys.AzureScope => "--azure-scope",
            SettingKeys.AuthenticationMethod => "--auth",
            SettingKeys.RoleSessionName => "--role-session-name",
            _ => null,
        }
    );

    [Fact]
    public void Describe_Agent_NamesTheAgentSettingByCaptionAndKey()
    {
        var text = SettingNames.Agent.Describe(Rejected(RejectedSecret, "AzureAd.ClientSecret"));

        var expected =
            RejectedSecret.Replace("AzureAd.ClientSecret", "Azure Client Secret (AzureClientSecret)")
            + " In the agent's settings, check Azure Client Secret (AzureClientSecret).";
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Describe_Host_NamesTheHostsOptionInsteadOfTheLibrarysOrTheAgents()
    {
        var text = CommandLine.Describe(Rejected(RejectedSecret, "AzureAd.ClientSecret"));

        Assert.Contains(
            "and set --azure-client-secret (or AZURE_CLIENT_SECRET) to its Value (not its Secret ID)",
            text,
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "AADSTS7000215: Invalid client secret provided. Check --azure-client-secret (or AZURE_CLIENT_SECRET).",
            text,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("AzureAd.ClientSecret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("AzureClientSecret", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_Host_ReplacesWholeOptionNamesWithTheirVariableAndLeavesUnnamedOnes()
    {
        var exception = Rejected(
            "Check AzureAd.AuthorityHost (or AZURE_AUTHORITY_HOST) for a sovereign cloud. Set AzureAd.ScopeForm or "
                + "AzureAd.Scope. AzureAd.DurationSeconds is too long.",
            "AzureAd.AuthorityHost"
        );

        var text = CommandLine.Describe(exception);

        Assert.Equal(
            "Check AZURE_AUTHORITY_HOST for a sovereign cloud. Set AzureAd.ScopeForm or --azure-scope. "
                + "AzureAd.DurationSeconds is too long. Check AZURE_AUTHORITY_HOST.",
            text
        );
    }

    [Fact]
    public void Describe_HostWithoutTheNamedSetting_PointsAtTheAuthenticationOption()
    {
        var text = CommandLine.Describe(Rejected("STS could not be reached.", setting: null));

        Assert.Equal("STS could not be reached. Check the credentials that --auth selects.", text);
    }

    [Fact]
    public async Task HandleAsync_CredentialsRejectedWithHostNames_RecordNamesTheHostsOption()
    {
        var options = new PipelineRunnerOptions { SettingNames = CommandLine };
        await using var harness = await RunnerHarness.StartAsync([Rule], options);
        harness.Fake.FailNextStarts(Rejected(RejectedSecret, "AzureAd.ClientSecret"));

        var result = await harness.MatchAsync(Rule, "pump-7", "evt-1");

        Assert.Equal("AADSTS7000215", result.ErrorCode);
        Assert.StartsWith(
            "The agent could not get AWS credentials to start pipeline 'pump-retrain' for rule 'PumpRetrain' "
                + "(AADSTS7000215): Azure AD rejected the client secret",
            result.ErrorMessage,
            StringComparison.Ordinal
        );
        Assert.EndsWith("Check --azure-client-secret (or AZURE_CLIENT_SECRET).", result.ErrorMessage);
        Assert.DoesNotContain("AzureClientSecret", result.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("AzureAd.ClientSecret", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_CredentialsRejectedByDefault_RecordNamesTheAgentSetting()
    {
        await using var harness = await RunnerHarness.StartAsync([Rule]);
        harness.Fake.FailNextStarts(Rejected(RejectedSecret, "AzureAd.ClientSecret"));

        var result = await harness.MatchAsync(Rule, "pump-7", "evt-1");

        Assert.EndsWith(
            "set Azure Client Secret (AzureClientSecret) to its Value (not its Secret ID); secrets also expire. Azure "
                + "AD said: AADSTS7000215: Invalid client secret provided. In the agent's settings, check Azure "
                + "Client Secret (AzureClientSecret).",
            result.ErrorMessage,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("AzureAd.ClientSecret", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_HostNamesAndABadSetting_ProblemNamesTheHostsOption()
    {
        var agent = new SageMakerPipelineAgent();

        var failure = Assert.Throws<AgentConfigurationException>(() =>
            agent.Create(AzureAdWithSessionName("line 3"), [Rule], CommandLine)
        );

        var problem = Assert.Single(failure.Problems);
        Assert.Equal(
            "--role-session-name: 'line 3' is not a role session name. Use 2 to 64 letters, digits or _+=,.@- "
                + "(no spaces), or leave it empty.",
            problem
        );
    }

    [Fact]
    public void Create_DefaultNamesAndABadSetting_ProblemNamesTheAgentSetting()
    {
        var agent = new SageMakerPipelineAgent();

        var failure = Assert.Throws<AgentConfigurationException>(() =>
            agent.Create(AzureAdWithSessionName("line 3"), [Rule])
        );

        Assert.StartsWith("Role Session Name (RoleSessionName): 'line 3'", Assert.Single(failure.Problems));
    }

    private static Configuration AzureAdWithSessionName(string sessionName) =>
        new()
        {
            Parameters = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [SettingKeys.Region] = "eu-west-1",
                [SettingKeys.AuthenticationMethod] = nameof(CredentialMethod.AzureAd),
                [SettingKeys.AzureTenantId] = "11111111-2222-3333-4444-555555555555",
                [SettingKeys.AzureClientId] = "66666666-7777-8888-9999-000000000000",
                [SettingKeys.AzureClientSecret] = "client-secret-value",
                [SettingKeys.RoleArn] = "arn:aws:iam::123456789012:role/sagemaker-rules",
                [SettingKeys.RoleSessionName] = sessionName,
            },
        };

    private static CredentialsException Rejected(string message, string? setting) =>
        new(message, "AADSTS7000215", setting, isTransient: false);
}
