using Newtonsoft.Json.Linq;
using SageMakerRules.Agent.Tests.Support;

namespace SageMakerRules.Agent.Tests.Agent;

public sealed class ReceiveTests
{
    private static JArray Events(params string[] events) => new(events.Select(JObject.Parse));

    [Fact]
    public async Task Receive_EveryEventTriggers_StartsExecutionsAndPublishesInputPlusResultFields()
    {
        await using var scenario = await AgentScenario.StartAsync();
        scenario.Create(scenario.Parameters());

        scenario.Agent.Receive(
            "Input",
            Events(
                """{"asset_id":"P-1","vibration":7.5,"status":"RUNNING"}""",
                """{"asset_id":"P-2","vibration":3,"status":"IDLE"}"""
            )
        );

        var outputs = scenario.Host.Outputs.ToList();
        Assert.Equal(2, outputs.Count);
        Assert.Equal(1, scenario.Host.BatchPublishes);
        Assert.All(outputs, output => Assert.Equal("Started", (string?)output["Outcome"]));
        Assert.All(outputs, output => Assert.Equal("Executing", (string?)output["ExecutionStatus"]));
        Assert.All(outputs, output => Assert.Equal("pump-retrain", (string?)output["Pipeline"]));
        Assert.Equal("P-1", (string?)outputs[0]["asset_id"]);
        Assert.StartsWith("arn:aws:sagemaker:", (string?)outputs[0]["ExecutionArn"]);
        Assert.NotEqual((string?)outputs[0]["ExecutionArn"], (string?)outputs[1]["ExecutionArn"]);
        Assert.Equal(scenario.StartText, (string?)outputs[0]["TriggeredAt"]);
        Assert.Empty(scenario.Host.Errors);
    }

    [Fact]
    public async Task Receive_BadEvents_OneErrorRecordPerBadEventAndTheBatchGoesOn()
    {
        await using var scenario = await AgentScenario.StartAsync();
        scenario.Create(scenario.Parameters());
        var longId = new string('x', 1025);
        var events = Events(
            """{"asset_id":"P-1","vibration":"loud"}""",
            $$"""{"asset_id":"{{longId}}","vibration":1.5}""",
            """{"asset_id":"P-3","vibration":2.5}"""
        );
        events.Insert(1, new JValue("not an object"));

        scenario.Agent.Receive("Input", events);

        var errors = scenario.Host.Errors.ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, error => Assert.Equal(42, error.AgentId));
        Assert.All(errors, error => Assert.Single(error.Data));
        Assert.Contains("'vibration'", errors[0].DetailedError);
        Assert.Equal("Event field has the wrong type", errors[0].Error);
        Assert.Equal("SageMakerRules.Agent.SageMakerPipelineAgent.Receive", errors[0].Source);
        Assert.Equal("Malformed event", errors[1].Error);
        Assert.Contains("1025 characters", errors[2].DetailedError);
        Assert.Equal("P-3", (string?)Assert.Single(scenario.Host.Outputs)["asset_id"]);
    }

    [Fact]
    public async Task ReceiveAsync_MalformedJson_ErrorRecordWithRawTextAndTheStreamGoesOn()
    {
        await using var scenario = await AgentScenario.StartAsync();
        scenario.Create(scenario.Parameters());

        await scenario.Agent.ReceiveAsync(
            "Input",
            StreamHost.Stream(["""{"asset_id":"P-1","vibration":""", """{"asset_id":"P-2","vibration":4.25}"""])
        );

        var error = Assert.Single(scenario.Host.Errors);
        Assert.Equal("Malformed event", error.Error);
        Assert.Equal("SageMakerRules.Agent.SageMakerPipelineAgent.ReceiveAsync", error.Source);
        Assert.Equal("""{"asset_id":"P-1","vibration":""", (string?)error.Data[0]);
        var output = Assert.Single(scenario.Host.Outputs);
        Assert.Equal("P-2", (string?)output["asset_id"]);
        Assert.Equal(1, scenario.Host.StreamPublishes);
        Assert.Equal(0, scenario.Host.BatchPublishes);
    }

    [Fact]
    public async Task ReceiveAsync_SameEvents_ExactlyTheOutputsOfReceive()
    {
        string[] events =
        [
            """{"asset_id":"P-1","vibration":7.50,"status":"RUNNING","nested":{"a":[1,2]}}""",
            """{"asset_id":"P-2","vibration":1e2,"Outcome":"stale","when":"2026-12-01T10:00:00Z"}""",
            """{"asset_id":"P-3","vibration":"bad"}""",
            """{"asset_id":"P-4","vibration":-0.5}""",
        ];
        await using var scenario = await AgentScenario.StartAsync();
        scenario.Create(scenario.Parameters());
        scenario.Agent.Receive("Input", Events(events));
        var batch = scenario.Host;
        scenario.Agent.Destroy();
        scenario.ReplaceAgent();
        scenario.Create(scenario.Parameters());

        // Same endpoint, same clock: the idempotency tokens give the second agent the same executions.
        await scenario.Agent.ReceiveAsync("Input", StreamHost.Stream(events));

        var streamed = scenario.Host;
        var expected = Normalise(batch.Outputs);
        var actual = Normalise(streamed.Outputs);
        Assert.Equal(3, expected.Count);
        Assert.Equal(expected, actual);
        Assert.Equal(
            batch.Errors.Select(error => error.DetailedError),
            streamed.Errors.Select(error => error.DetailedError)
        );
    }

    [Fact]
    public async Task Receive_ExecutionEnds_PublishesCompletionEventWithOutcomeAndTimes()
    {
        await using var scenario = await AgentScenario.StartAsync();
        scenario.Create(scenario.Parameters());
        scenario.Agent.Receive("Input", Events("""{"asset_id":"P-1","vibration":7.5}"""));

        await scenario.AdvanceAsync(TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(30));
        await AgentScenario.WaitUntilAsync(() => scenario.Host.OutputsWhere("Succeeded").Count == 1, "completion");

        var completion = scenario.Host.OutputsWhere("Succeeded")[0];
        Assert.Equal("Succeeded", (string?)completion["ExecutionStatus"]);
        Assert.Equal("P-1", (string?)completion["asset_id"]);
        Assert.Equal(scenario.StartText, (string?)completion["TriggeredAt"]);
        Assert.NotNull((string?)completion["CompletedAt"]);
        Assert.Empty(scenario.Host.Errors);
    }

    [Fact]
    public async Task Receive_NoSecretInLogsOutputsOrErrors()
    {
        await using var scenario = await AgentScenario.StartAsync();
        scenario.Create(scenario.Parameters());

        scenario.Agent.Receive("Input", Events("""{"asset_id":"P-1","vibration":7.5}""", """{"asset_id":"P-2"}"""));
        scenario.Agent.Destroy();

        Assert.True(scenario.Host.DecryptCalls > 0);
        Assert.DoesNotContain(AgentScenario.Secret, scenario.Logger.All, StringComparison.Ordinal);
        Assert.DoesNotContain(AgentScenario.Secret, string.Join("", scenario.Host.Outputs), StringComparison.Ordinal);
        Assert.DoesNotContain(
            AgentScenario.Secret,
            string.Join("", scenario.Host.Errors.Select(error => error.DetailedError + error.Error)),
            StringComparison.Ordinal
        );
    }

    private static List<string> Normalise(IEnumerable<JObject> outputs) =>
        outputs
            .Select(output => new JObject(
                output.Properties().OrderBy(property => property.Name, StringComparer.Ordinal)
            ))
            .Select(output => output.ToString(Newtonsoft.Json.Formatting.None))
            .ToList();
}
