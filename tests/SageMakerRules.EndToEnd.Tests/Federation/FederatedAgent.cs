using Newtonsoft.Json.Linq;
using SageMakerRules.Agent;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Tests.Support;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.SageMaker.Credentials;
using XMIoT.Framework;

namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>
/// The whole agent driven like a stream host drives it, authenticating through Azure AD federation with every
/// endpoint in its settings, against the local endpoint of a <see cref="FederationHarness"/>.
/// </summary>
internal sealed class FederatedAgent : IDisposable
{
    public const string Pipeline = "pump-retrain";

    public const string SessionName = "xmpro-line-7";

    private readonly FederationHarness _harness;

    private FederatedAgent(FederationHarness harness)
    {
        _harness = harness;
        Logger = new RecordingLogger();

        // The agent shares the endpoint's clock, as it shares the real one in production.
        Host = new StreamHost(new SageMakerPipelineAgent(Logger, harness.Clock));
    }

    public RecordingLogger Logger { get; }

    public StreamHost Host { get; }

    public SageMakerPipelineAgent Agent => Host.Agent;

    /// <summary>An agent for the harness's endpoint, which gets the pipeline the rule starts.</summary>
    public static FederatedAgent For(FederationHarness harness)
    {
        harness.Server.AddPipeline(PumpPipeline());

        return new FederatedAgent(harness);
    }

    /// <summary>
    /// The settings a stream host passes: Azure AD federation with the OIDC test server, the client secret encrypted
    /// as the host stores it, and the authority host, STS and SageMaker endpoints named in the settings themselves.
    /// </summary>
    public Dictionary<string, string> Settings(string clientSecret = OidcServerSettings.ClientSecret) =>
        new(StringComparer.Ordinal)
        {
            [SettingKeys.Region] = _harness.Server.Region,
            [SettingKeys.EndpointUrl] = _harness.Server.Endpoint.ToString(),
            [SettingKeys.AuthenticationMethod] = nameof(CredentialMethod.AzureAd),
            [SettingKeys.AzureTenantId] = OidcServerSettings.TenantId,
            [SettingKeys.AzureClientId] = OidcServerSettings.ClientId,
            [SettingKeys.AzureClientSecret] = FakeVault.Encrypt(clientSecret),
            [SettingKeys.RoleArn] = FederationHarness.RoleArn,
            [SettingKeys.RoleSessionName] = SessionName,
            [SettingKeys.AzureAuthorityHost] = _harness.Oidc.AuthorityHost.ToString(),
            [SettingKeys.StsEndpointUrl] = _harness.Server.Endpoint.ToString(),
            [SettingKeys.RulesSource] = "Yaml",
            [SettingKeys.RulesYaml] = Rule,
        };

    public void Create(Dictionary<string, string> settings) =>
        Agent.Create(new Configuration { Parameters = settings });

    /// <summary>An event the rule matches; each id gives its own start.</summary>
    public static JObject HotEvent(string eventId) =>
        new()
        {
            ["asset_id"] = "P-1",
            ["vibration"] = 7.5,
            ["event_id"] = eventId,
        };

    /// <summary>Everything the agent published, as text: outputs and every field of the error records.</summary>
    public string PublishedText() =>
        string.Join('\n', Host.Outputs.Select(output => output.ToString()))
        + string.Join(
            '\n',
            Host.Errors.Select(error => $"{error.Source} {error.Error} {error.DetailedError} {error.Data}")
        );

    public void Dispose() => Agent.Destroy();

    private const string Rule = """
        version: 1
        name: HotPump
        pipeline: { name: pump-retrain }
        event: { asset_id: string, vibration: double, event_id: string }
        when: vibration > 7
        parameters:
          AssetId: "{asset_id}"
          Vibration: "{vibration}"
        trigger: { key: asset_id, id: event_id }
        """;

    private static LocalPipeline PumpPipeline() =>
        new()
        {
            Name = Pipeline,
            Parameters =
            [
                new LocalPipelineParameter { Name = "AssetId", Type = LocalParameterType.String },
                new LocalPipelineParameter { Name = "Vibration", Type = LocalParameterType.Float },
            ],
            Steps = [new LocalPipelineStep { Name = "Train" }],
            Duration = TimeSpan.FromMinutes(2),
        };
}
