using Microsoft.Extensions.Time.Testing;
using SageMakerRules.Agent.Settings;
using SageMakerRules.LocalPipelines;
using SageMakerRules.LocalPipelines.Pipelines;
using XMIoT.Framework;

namespace SageMakerRules.Agent.Tests.Support;

/// <summary>
/// One agent driven like a stream host drives it, against the local SageMaker endpoint on loopback with a fake
/// clock shared by the endpoint (execution lifecycle) and the agent (triggers, polling, record times).
/// </summary>
internal sealed class AgentScenario : IAsyncDisposable
{
    public const string Pipeline = "pump-retrain";
    public const string Secret = LocalPipelinesDefaults.SecretAccessKey;

    private AgentScenario(FakeTimeProvider clock, LocalPipelinesServer server)
    {
        Clock = clock;
        Server = server;
        Logger = new RecordingLogger();
        Host = new StreamHost(new SageMakerPipelineAgent(Logger, clock));
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>The clock's start, as the agent writes times: UTC, milliseconds, <c>Z</c>.</summary>
    public string StartText =>
        Clock.Start.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    public LocalPipelinesServer Server { get; }

    public RecordingLogger Logger { get; }

    public StreamHost Host { get; private set; }

    public SageMakerPipelineAgent Agent => Host.Agent;

    public static async Task<AgentScenario> StartAsync()
    {
        // The SDK signs requests with the real clock and the endpoint checks them against its own (5 minutes of skew
        // allowed), so the shared fake clock starts at the real time and tests move it by minutes, not hours.
        var now = DateTimeOffset.UtcNow;
        var clock = new FakeTimeProvider(
            new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero)
        );
        var options = new LocalPipelinesOptions
        {
            Clock = clock,
            Port = 0,
            Pipelines = [PumpPipeline()],
        };
        var server = await LocalPipelinesServer.StartAsync(options);
        return new AgentScenario(clock, server);
    }

    public static LocalPipeline PumpPipeline() =>
        new()
        {
            Name = Pipeline,
            Parameters =
            [
                new LocalPipelineParameter { Name = "AssetId", Type = LocalParameterType.String },
                new LocalPipelineParameter { Name = "Vibration", Type = LocalParameterType.Float },
                new LocalPipelineParameter
                {
                    Name = "Epochs",
                    Type = LocalParameterType.Integer,
                    DefaultValue = "10",
                },
                new LocalPipelineParameter
                {
                    Name = "Mode",
                    Type = LocalParameterType.String,
                    DefaultValue = "full",
                },
            ],
            Steps = [new LocalPipelineStep { Name = "Preprocess" }, new LocalPipelineStep { Name = "Train" }],
            Duration = TimeSpan.FromMinutes(2),
        };

    /// <summary>Settings of a working parameter-map agent, with the secret encrypted as the host stores it.</summary>
    public Dictionary<string, string> Parameters() =>
        new(StringComparer.Ordinal)
        {
            [SettingKeys.Region] = Server.Region,
            [SettingKeys.EndpointUrl] = Server.Endpoint.ToString(),
            [SettingKeys.AuthenticationMethod] = "AccessKey",
            [SettingKeys.AccessKeyId] = LocalPipelinesDefaults.AccessKeyId,
            [SettingKeys.SecretAccessKey] = FakeVault.Encrypt(Secret),
            [SettingKeys.RulesSource] = "ParameterMap",
            [SettingKeys.Pipeline] = Pipeline,
            [SettingKeys.ParameterMap] = ParameterMapGridValue(),
            [SettingKeys.DisplayNameTemplate] = "pump-{asset_id}",
            [SettingKeys.WaitForCompletion] = "true",
            [SettingKeys.PollIntervalSeconds] = "30",
            [SettingKeys.OutputMode] = "All",
        };

    public static string ParameterMapGridValue() =>
        """
            [{"__KEY__":"AssetId","Parameter":"AssetId","Type":"String","Attribute":"asset_id","Constant":""},
             {"__KEY__":"Vibration","Parameter":"Vibration","Type":"Float","Attribute":"vibration","Constant":""},
             {"__KEY__":"Epochs","Parameter":"Epochs","Type":"Integer","Attribute":"","Constant":"5"},
             {"__KEY__":"Mode","Parameter":"Mode","Type":"String","Attribute":"","Constant":""}]
            """;

    public void Create(Dictionary<string, string> parameters) =>
        Agent.Create(new Configuration { Parameters = parameters });

    /// <summary>Replaces the agent by a new one, as a restarted host would (the old one is not destroyed).</summary>
    public void ReplaceAgent() => Host = new StreamHost(new SageMakerPipelineAgent(Logger, Clock));

    /// <summary>Moves the shared clock in steps, giving the monitor's loop time to run after each step.</summary>
    public async Task AdvanceAsync(TimeSpan total, TimeSpan step)
    {
        for (var elapsed = TimeSpan.Zero; elapsed < total; elapsed += step)
        {
            Clock.Advance(step);
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until a condition holds (background work runs on real threads); a safety net only.</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        for (var attempt = 0; attempt < 3000 && !condition(); attempt++)
        {
            await Task.Delay(20);
        }

        Assert.True(condition(), "Timed out waiting until " + what);
    }

    public async ValueTask DisposeAsync()
    {
        Agent.Destroy();
        await Server.DisposeAsync();
    }
}
