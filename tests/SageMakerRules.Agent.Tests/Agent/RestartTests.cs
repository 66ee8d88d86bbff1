using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Tests.Support;
using XMIoT.Framework;

namespace SageMakerRules.Agent.Tests.Agent;

public sealed class RestartTests : IDisposable
{
    private readonly string _stateDirectory = Path.Combine(
        Path.GetTempPath(),
        "smr-agent-" + Guid.NewGuid().ToString("N")
    );

    [Fact]
    public async Task Create_AfterKillOnSameStateDirectory_ResumesMonitoringAndNeverStartsTwice()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = scenario.Parameters();
        parameters[SettingKeys.StateDirectory] = _stateDirectory;
        var @event = new JObject { ["asset_id"] = "P-1", ["vibration"] = 7.5 };

        // The first agent runs on a clock that never moves and is never destroyed: it is "killed" after the start.
        var killed = new StreamHost(new SageMakerPipelineAgent(null, new FakeTimeProvider(scenario.Clock.Start)));
        killed.Agent.Create(new Configuration { Parameters = parameters });
        killed.Agent.Receive("Input", [@event.DeepClone()]);
        var arn = (string?)Assert.Single(killed.Outputs)["ExecutionArn"];
        Assert.NotNull(arn);

        scenario.Create(parameters);
        scenario.Agent.Receive("Input", [@event.DeepClone()]);
        await scenario.AdvanceAsync(TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(30));
        await AgentScenario.WaitUntilAsync(() => scenario.Host.OutputsWhere("Succeeded").Count > 0, "completion");

        var redelivered = scenario.Host.Outputs.First();
        Assert.True((string?)redelivered["ExecutionArn"] == arn || (string?)redelivered["Outcome"] == "Skipped");
        var completion = Assert.Single(scenario.Host.OutputsWhere("Succeeded"));
        Assert.Equal(arn, (string?)completion["ExecutionArn"]);
        Assert.Equal("P-1", (string?)completion["asset_id"]);
        Assert.Equal(1, await EndpointQueries.CountExecutionsAsync(scenario.Server));
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
}
