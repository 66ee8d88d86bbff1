using Amazon.Runtime;
using SageMakerRules.Agent.Tests.Support;
using SageMakerRules.LocalPipelines;
using SageMakerRules.LocalPipelines.Security;
using SageMakerRules.SageMaker;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>
/// The whole agent through Azure AD federation, set up by its settings alone (no process environment variables):
/// MSAL client credentials against the OIDC test server, AssumeRoleWithWebIdentity on the local STS, signed starts on
/// the local SageMaker endpoint.
/// </summary>
[Collection(FederationCollection.Name)]
public sealed class AgentFederationTests(OidcServerFixture oidc)
{
    private const string SecretSettingAdvice =
        "In the agent's settings, check Azure Client Secret (AzureClientSecret).";

    [Fact]
    public async Task Receive_AzureAdFromSettingsAlone_StartsExecutionWithCredentialsFromTheLocalSts()
    {
        AssertNoEndpointVariables();
        await using var harness = await FederationHarness.StartAsync(oidc);
        using var agent = FederatedAgent.For(harness);
        agent.Create(agent.Settings());

        agent.Agent.Receive("Input", [FederatedAgent.HotEvent("e-1")]);

        Assert.Empty(agent.Host.Errors);
        var started = Assert.Single(agent.Host.Outputs);
        Assert.Equal("Started", (string?)started["Outcome"]);
        var session = Assert.Single(harness.Server.IssuedSessions);
        Assert.Equal(FederatedAgent.SessionName, session.RoleSessionName);
        Assert.Equal(FederationHarness.RoleArn, session.RoleArn);
        Assert.EndsWith($"assumed-role/sagemaker-rules-federated/{FederatedAgent.SessionName}", session.AssumedRoleArn);
        Assert.Equal(OidcServerSettings.ClientId, session.Subject);
        Assert.True(harness.Server.Credentials.TryGet(session.AccessKeyId, out var issued));
        Assert.True(issued.IsTemporary);
        await AssertExecutionAsync(harness, (string)started["ExecutionArn"]!);
        AssertNoSecrets(agent, harness, issued);
    }

    [Fact]
    public async Task Receive_IssuedCredentialsRevoked_NextStartRefusedWithoutANewExchange()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        using var agent = FederatedAgent.For(harness);
        agent.Create(agent.Settings());
        agent.Agent.Receive("Input", [FederatedAgent.HotEvent("e-1")]);
        var session = Assert.Single(harness.Server.IssuedSessions);
        Assert.True(harness.Server.Credentials.TryGet(session.AccessKeyId, out var issued));

        // The agent signs its starts with exactly the credentials the local STS issued: once they are gone, the
        // endpoint no longer recognises the agent.
        Assert.True(harness.Server.Credentials.Remove(session.AccessKeyId));
        agent.Agent.Receive("Input", [FederatedAgent.HotEvent("e-2")]);

        Assert.Single(agent.Host.Outputs);
        var refused = Assert.Single(agent.Host.Errors);
        Assert.Equal("Pipeline execution not started (UnrecognizedClientException)", refused.Error);
        Assert.Equal("e-2", (string?)refused.Data[0]["event_id"]);
        Assert.Single(harness.Server.IssuedSessions);
        AssertNoSecrets(agent, harness, issued);
    }

    [Fact]
    public async Task Receive_RejectedClientSecret_EachEventEndsAsOneErrorRecordNamingTheSecretSetting()
    {
        const string wrongSecret = "wrong-secret~5Tz-never-printed";
        await using var harness = await FederationHarness.StartAsync(oidc);
        using var agent = FederatedAgent.For(harness);
        var settings = agent.Settings(wrongSecret);

        // Credentials are obtained on the first call, so the agent creates; only the design-time check calls out.
        var problems = agent.Agent.Validate(settings);
        agent.Create(settings);
        Assert.Empty(agent.Host.Errors);
        agent.Agent.Receive("Input", [FederatedAgent.HotEvent("e-1")]);
        var first = Assert.Single(agent.Host.Errors);
        await agent.Agent.ReceiveAsync("Input", StreamHost.Stream([FederatedAgent.HotEvent("e-2").ToString()]));

        var problem = Assert.Single(problems);
        Assert.StartsWith("Authentication Method (AuthenticationMethod): ", problem, StringComparison.Ordinal);
        Assert.Contains(SecretSettingAdvice, problem, StringComparison.Ordinal);
        Assert.Equal(2, agent.Host.Errors.Count);
        Assert.All(agent.Host.Errors, AssertRejectedSecretRecord);
        Assert.Equal("e-1", (string?)first.Data[0]["event_id"]);
        Assert.Equal("e-2", (string?)agent.Host.Errors.Last().Data[0]["event_id"]);
        Assert.EndsWith(".ReceiveAsync", agent.Host.Errors.Last().Source, StringComparison.Ordinal);
        Assert.Empty(agent.Host.Outputs);
        Assert.Empty(harness.Server.IssuedSessions);
        var text = string.Join(
            '\n',
            agent.PublishedText(),
            agent.Logger.All,
            harness.Logs.Text,
            string.Join('\n', problems)
        );
        Assert.DoesNotContain(wrongSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeVault.Encrypt(wrongSecret), text, StringComparison.Ordinal);
        Assert.DoesNotContain(OidcServerSettings.ClientSecret, text, StringComparison.Ordinal);
    }

    private static void AssertRejectedSecretRecord(XMIoT.Framework.OnErrorArgs record)
    {
        Assert.Equal("Pipeline execution not started (AADSTS7000215)", record.Error);
        Assert.Contains("could not get AWS credentials to start pipeline 'pump-retrain'", record.DetailedError);
        Assert.Contains("Azure AD rejected the client secret", record.DetailedError, StringComparison.Ordinal);
        Assert.Contains(SecretSettingAdvice, record.DetailedError, StringComparison.Ordinal);
        Assert.DoesNotContain("AzureAd.ClientSecret", record.DetailedError, StringComparison.Ordinal);
    }

    private static async Task AssertExecutionAsync(FederationHarness harness, string executionArn)
    {
        using var client = harness.Client(
            new BasicAWSCredentials(LocalPipelinesDefaults.AccessKeyId, LocalPipelinesDefaults.SecretAccessKey)
        );
        var execution = await client.DescribePipelineExecutionAsync(
            new DescribePipelineExecutionRequest { PipelineExecutionArn = executionArn }
        );
        var parameters = await client.ListPipelineParametersForExecutionAsync(
            new ListPipelineParametersForExecutionRequest { PipelineExecutionArn = executionArn }
        );

        Assert.StartsWith(harness.Server.PipelineArnPrefix + FederatedAgent.Pipeline, execution.PipelineArn);
        Assert.Contains(parameters.PipelineParameters, parameter => parameter is { Name: "AssetId", Value: "P-1" });
    }

    /// <summary>The settings must carry every endpoint: none may come from the process environment.</summary>
    private static void AssertNoEndpointVariables()
    {
        string[] variables =
        [
            CredentialsEnvironment.AzureAuthorityHost,
            CredentialsEnvironment.StsEndpoint,
            CredentialsEnvironment.AllServicesEndpoint,
            "AWS_ENDPOINT_URL_SAGEMAKER",
        ];

        Assert.All(variables, name => Assert.Null(Environment.GetEnvironmentVariable(name)));
    }

    private static void AssertNoSecrets(FederatedAgent agent, FederationHarness harness, LocalCredential issued)
    {
        var text = string.Join('\n', agent.PublishedText(), agent.Logger.All, harness.Logs.Text);

        Assert.DoesNotContain(OidcServerSettings.ClientSecret, text);
        Assert.DoesNotContain(FakeVault.Encrypt(OidcServerSettings.ClientSecret), text);
        Assert.DoesNotContain(issued.SecretAccessKey, text);
        Assert.DoesNotContain(issued.SessionToken!, text);

        // Every JSON Web Token, the Azure AD token among them, starts with the encoded '{"'.
        Assert.DoesNotContain("eyJ", text);
    }
}
