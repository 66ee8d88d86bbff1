using Newtonsoft.Json.Linq;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Tests.Support;
using SageMakerRules.LocalPipelines.Faults;

namespace SageMakerRules.Agent.Tests.Agent;

/// <summary>
/// The whole agent against the local endpoint's fault injection. Retries wait on the shared fake clock, so a test
/// runs <c>Receive</c> on another thread and moves the clock until it returns (never a wall-clock limit).
/// </summary>
public sealed class FaultInjectionTests
{
    private const string Start = "StartPipelineExecution";

    private static readonly JObject Hot = JObject.Parse("""{"asset_id":"P-1","vibration":7.5,"event_id":"e-1"}""");

    // More faults than the SDK's own attempts, so that the agent's back-off (logged per retry) runs too.
    public static TheoryData<string, OperationFaults> TransientFaults =>
        new()
        {
            {
                "ThrottlingException (attempt 1)",
                new OperationFaults { ThrottleNext = 5 }
            },
            {
                "InternalFailure (attempt 1)",
                new OperationFaults { ServerErrorNext = 5 }
            },
            // Each lost answer follows a committed start; every re-send and retry carries the same token.
            {
                "NetworkError (attempt 1)",
                new OperationFaults { DropResponseNext = 25 }
            },
        };

    [Theory]
    [MemberData(nameof(TransientFaults))]
    public async Task Receive_TransientStartFaults_RetriedIntoExactlyOneExecution(
        string retried,
        OperationFaults faults
    )
    {
        await using var scenario = await AgentScenario.StartAsync();
        scenario.Create(RuleParameters(scenario, "pump-retrain", "Mode: hot"));
        scenario.Server.Faults.Set(Start, faults);

        await ReceiveWhileAdvancingAsync(scenario, Hot);

        var started = Assert.Single(scenario.Host.Outputs);
        Assert.Equal("Started", (string?)started["Outcome"]);
        Assert.Empty(scenario.Host.Errors);
        Assert.Equal(1, await EndpointQueries.CountExecutionsAsync(scenario.Server));
        var parameters = await EndpointQueries.ParametersAsync(scenario.Server, (string)started["ExecutionArn"]!);
        Assert.Equal("P-1", parameters["AssetId"]);
        Assert.Contains($"failed with {retried}; retrying", scenario.Logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_UndeclaredParameter_ErrorRecordAtOnceNamingTheParameters()
    {
        await using var scenario = await AgentScenario.StartAsync();
        scenario.Create(RuleParameters(scenario, "pump-retrain", "Shift: night"));

        var error = await ReceiveExpectingErrorAsync(scenario);

        Assert.Equal("Pipeline execution not started (ValidationException)", error.Error);
        Assert.Contains("Check that every parameter the rule sets (AssetId, Vibration, Shift)", error.DetailedError);
    }

    [Fact]
    public async Task Receive_UnknownPipeline_ErrorRecordAtOnceNamingThePipeline()
    {
        await using var scenario = await AgentScenario.StartAsync();
        scenario.Create(RuleParameters(scenario, "no-such-pipeline", "Mode: hot"));

        var error = await ReceiveExpectingErrorAsync(scenario);

        Assert.StartsWith("Pipeline execution not started (", error.Error, StringComparison.Ordinal);
        Assert.Contains("Pipeline 'no-such-pipeline' of rule 'HotPump' was not found", error.DetailedError);
        Assert.Contains("Check pipeline.name", error.DetailedError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_CredentialsRefused_ErrorRecordAtOnceWithoutTheSecret()
    {
        const string wrong = "WrongSecretForTheLocalEndpoint0000000000";
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = RuleParameters(scenario, "pump-retrain", "Mode: hot");
        parameters[SettingKeys.SecretAccessKey] = FakeVault.Encrypt(wrong);
        scenario.Create(parameters);

        var error = await ReceiveExpectingErrorAsync(scenario);

        Assert.Contains("did not accept the agent's credentials", error.DetailedError, StringComparison.Ordinal);
        Assert.Contains("Check the access key id and secret", error.DetailedError, StringComparison.Ordinal);
        Assert.DoesNotContain(wrong, error.Error + error.DetailedError + scenario.Logger.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Receive_MixedBatchUnderThrottling_EveryEventEndsAsOutputSkipOrErrorRecord()
    {
        await using var scenario = await AgentScenario.StartAsync();
        scenario.Create(RuleParameters(scenario, "pump-retrain", "Mode: hot"));
        scenario.Server.Faults.Set(Start, new OperationFaults { ThrottleNext = 4 });
        JObject[] events =
        [
            Hot,
            JObject.Parse("""{"asset_id":"P-1","vibration":9.5,"event_id":"e-2"}"""),
            JObject.Parse("""{"asset_id":"P-2","vibration":1.5,"event_id":"e-3"}"""),
            JObject.Parse("""{"asset_id":"P-3","vibration":"loud","event_id":"e-4"}"""),
            JObject.Parse("""{"asset_id":"P-4","vibration":8.5,"event_id":"e-5"}"""),
        ];

        await ReceiveWhileAdvancingAsync(scenario, events);

        var outcomes = scenario.Host.Outputs.ToDictionary(o => (string)o["event_id"]!, o => (string?)o["Outcome"]);
        Assert.Equal("Started", outcomes["e-1"]);
        Assert.Equal("Skipped", outcomes["e-2"]);
        Assert.Equal("NotMatched", outcomes["e-3"]);
        Assert.Equal("Started", outcomes["e-5"]);
        var error = Assert.Single(scenario.Host.Errors);
        Assert.Equal("e-4", (string?)error.Data[0]["event_id"]);
        Assert.Equal(events.Length, outcomes.Count + scenario.Host.Errors.Count);
        Assert.Equal(2, await EndpointQueries.CountExecutionsAsync(scenario.Server));
    }

    private static Dictionary<string, string> RuleParameters(AgentScenario scenario, string pipeline, string extra)
    {
        var parameters = scenario.Parameters();
        parameters[SettingKeys.RulesSource] = "Yaml";
        parameters[SettingKeys.RulesYaml] = $$"""
            version: 1
            name: HotPump
            pipeline: { name: {{pipeline}} }
            event: { asset_id: string, vibration: double, event_id: string }
            when: vibration > 7
            parameters:
              AssetId: "{asset_id}"
              Vibration: "{vibration}"
              {{extra}}
            trigger: { key: asset_id, id: event_id, cooldown: 30m }
            """;
        parameters.Remove(SettingKeys.ParameterMap);
        return parameters;
    }

    private static async Task ReceiveWhileAdvancingAsync(AgentScenario scenario, params JObject[] events)
    {
        var receive = Task.Run(() => scenario.Agent.Receive("Input", new JArray(events.Cast<object>().ToArray())));
        for (var step = 0; step < 600 && !receive.IsCompleted; step++)
        {
            scenario.Clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.WhenAny(receive, Task.Delay(20));
        }

        await receive;
    }

    /// <summary>Receives the hot event without moving the clock: a permanent error must not wait for a retry.</summary>
    private static async Task<XMIoT.Framework.OnErrorArgs> ReceiveExpectingErrorAsync(AgentScenario scenario)
    {
        var before = scenario.Clock.GetUtcNow();

        var receive = Task.Run(() => scenario.Agent.Receive("Input", [Hot.DeepClone()]));
        await AgentScenario.WaitUntilAsync(() => receive.IsCompleted, "the error is published without a retry");
        await receive;

        Assert.Equal(before, scenario.Clock.GetUtcNow());
        Assert.Empty(scenario.Host.Outputs);
        Assert.Equal(0, await EndpointQueries.CountExecutionsAsync(scenario.Server));
        var error = Assert.Single(scenario.Host.Errors);
        Assert.Equal("P-1", (string?)error.Data[0]["asset_id"]);
        return error;
    }
}
