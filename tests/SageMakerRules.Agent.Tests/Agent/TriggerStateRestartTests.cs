using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Tests.Support;
using XMIoT.Framework;

namespace SageMakerRules.Agent.Tests.Agent;

/// <summary>
/// A process killed right after a trigger changed a key's state (no Destroy, no periodic flush: its clock never
/// moves) keeps that state: the next agent on the same state directory decides exactly as the killed one would.
/// </summary>
public sealed class TriggerStateRestartTests : IDisposable
{
    private const string EdgeRule = """
        version: 1
        name: PumpVibrationEdge
        pipeline: { name: pump-retrain }
        event:
          asset_id: string
          vibration: double
          event_id: string
        when: vibration > 7
        parameters:
          AssetId: "{asset_id}"
          Vibration: "{vibration}"
        trigger: { key: asset_id, id: event_id, edge: rising }
        monitor: { wait: true, pollInterval: 30s }
        """;

    private const string DebounceRule = """
        version: 1
        name: PumpVibrationHeld
        pipeline: { name: pump-retrain }
        event: { asset_id: string, vibration: double, event_id: string }
        when: vibration > 7
        parameters: { AssetId: "{asset_id}", Vibration: "{vibration}" }
        trigger: { key: asset_id, id: event_id, debounce: { events: 3 } }
        """;

    private readonly string _stateDirectory = Path.Combine(
        Path.GetTempPath(),
        "smr-trigger-state-" + Guid.NewGuid().ToString("N")
    );

    [Fact]
    public async Task Receive_KilledRightAfterATrigger_NoSecondStartForTheKeyWithinItsCooldown()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = Parameters(scenario, "Files");
        parameters[SettingKeys.RulesPaths] = Path.Combine(AppContext.BaseDirectory, "RuleFiles");
        var killed = Kill(scenario, parameters, Event("P-1", 7.5, "e-1"));
        Assert.Equal("Started", (string?)Assert.Single(killed.Outputs)["Outcome"]);

        scenario.Create(parameters);
        await scenario.AdvanceAsync(TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(30));
        await AgentScenario.WaitUntilAsync(() => scenario.Host.OutputsWhere("Succeeded").Count == 1, "completion");
        scenario.Agent.Receive("Input", [Event("P-1", 9.0, "e-2")]);

        var skipped = Assert.Single(scenario.Host.OutputsWhere("Skipped"));
        Assert.Equal("e-2", (string?)skipped["event_id"]);
        Assert.Contains("is cooling down", (string?)skipped["FailureReason"], StringComparison.Ordinal);
        Assert.Equal(1, await EndpointQueries.CountExecutionsAsync(scenario.Server));
        killed.Agent.Destroy();
    }

    [Fact]
    public async Task Receive_KilledRightAfterTheEdgeReArmed_TheNextRiseStillStarts()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = Parameters(scenario, "Yaml");
        parameters[SettingKeys.RulesYaml] = EdgeRule;
        var killed = Kill(scenario, parameters, Event("P-1", 7.5, "e-1"), Event("P-1", 2.0, "e-2"));
        Assert.True(
            killed.Errors.IsEmpty,
            string.Join(" / ", killed.Errors.Select(error => error.Error + ": " + error.DetailedError))
        );
        Assert.Equal(["Started", "NotMatched"], killed.Outputs.Select(output => (string?)output["Outcome"]));

        scenario.Create(parameters);
        await scenario.AdvanceAsync(TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(30));
        await AgentScenario.WaitUntilAsync(() => scenario.Host.OutputsWhere("Succeeded").Count == 1, "completion");
        scenario.Agent.Receive("Input", [Event("P-1", 8.0, "e-3")]);

        var started = Assert.Single(scenario.Host.OutputsWhere("Started"));
        Assert.Equal("e-3", (string?)started["event_id"]);
        Assert.Equal(2, await EndpointQueries.CountExecutionsAsync(scenario.Server));
        killed.Agent.Destroy();
    }

    [Fact]
    public async Task Receive_KilledDuringADebounceRun_TheRunContinuesAfterTheRestart()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = Parameters(scenario, "Yaml");
        parameters[SettingKeys.RulesYaml] = DebounceRule;
        var killed = Kill(scenario, parameters, Event("P-1", 7.5, "e-1"), Event("P-1", 7.6, "e-2"));
        Assert.Equal(["Skipped", "Skipped"], killed.Outputs.Select(output => (string?)output["Outcome"]));

        scenario.Create(parameters);
        scenario.Agent.Receive("Input", [Event("P-1", 7.7, "e-3")]);

        var started = Assert.Single(scenario.Host.Outputs);
        Assert.Equal("Started", (string?)started["Outcome"]);
        Assert.Equal("e-3", (string?)started["event_id"]);
        killed.Agent.Destroy();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_stateDirectory))
        {
            Directory.Delete(_stateDirectory, recursive: true);
        }
    }

    private Dictionary<string, string> Parameters(AgentScenario scenario, string source)
    {
        var parameters = scenario.Parameters();
        parameters[SettingKeys.RulesSource] = source;
        parameters[SettingKeys.StateDirectory] = _stateDirectory;
        parameters.Remove(SettingKeys.ParameterMap);
        return parameters;
    }

    /// <summary>An agent that handles the events, then is "killed": never destroyed, its clock never moves.</summary>
    private static StreamHost Kill(
        AgentScenario scenario,
        Dictionary<string, string> parameters,
        params JObject[] events
    )
    {
        var host = new StreamHost(new SageMakerPipelineAgent(null, new FakeTimeProvider(scenario.Clock.Start)));
        host.Agent.Create(new Configuration { Parameters = parameters });
        host.Agent.Receive("Input", new JArray(events.Cast<object>().ToArray()));
        return host;
    }

    private static JObject Event(string asset, double vibration, string id) =>
        new()
        {
            ["asset_id"] = asset,
            ["vibration"] = vibration,
            ["event_id"] = id,
        };
}
