using Newtonsoft.Json.Linq;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Tests.Support;
using SageMakerRules.Compiler;
using XMIoT.Framework;

namespace SageMakerRules.Agent.Tests.Agent;

/// <summary>The whole agent with each source of rules: YAML text, a compiled assembly, files, and host rules.</summary>
public sealed class RulesSourceTests
{
    private const string Rule = "PumpVibrationHot";

    private static readonly string RuleFile = Path.Combine(
        AppContext.BaseDirectory,
        "RuleFiles",
        "pump-vibration-hot.yaml"
    );

    // Hot P-1 starts; cool P-2 matches nothing; hot P-1 again falls in the 30-minute cooldown.
    private static readonly string[] Events =
    [
        """{"asset_id":"P-1","vibration":7.5,"event_id":"e-1"}""",
        """{"asset_id":"P-2","vibration":3.0,"event_id":"e-2"}""",
        """{"asset_id":"P-1","vibration":8.25,"event_id":"e-3"}""",
    ];

    [Fact]
    public async Task Receive_YamlRulesText_StartsSkipsAndPublishesTheCompletion()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = RulesParameters(scenario, "Yaml");
        parameters[SettingKeys.RulesYaml] = await File.ReadAllTextAsync(RuleFile);
        scenario.Create(parameters);

        scenario.Agent.Receive("Input", new JArray(Events.Select(JObject.Parse)));

        await AssertLifecycleAsync(scenario);
    }

    [Fact]
    public async Task Receive_AssemblyCompiledAtBuildTime_StartsSkipsAndPublishesTheCompletion()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = RulesParameters(scenario, "Assembly");
        parameters[SettingKeys.RulesAssemblyPath] = typeof(RulesSourceTests).Assembly.Location;
        scenario.Create(parameters);

        scenario.Agent.Receive("Input", new JArray(Events.Select(JObject.Parse)));

        await AssertLifecycleAsync(scenario);
    }

    [Fact]
    public async Task ReceiveAsync_RuleFiles_StartsSkipsAndPublishesTheCompletion()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = RulesParameters(scenario, "Files");
        parameters[SettingKeys.RulesPaths] = Path.GetDirectoryName(RuleFile)!;
        scenario.Create(parameters);

        await scenario.Agent.ReceiveAsync("Input", StreamHost.Stream(Events));

        await AssertLifecycleAsync(scenario);
    }

    [Fact]
    public async Task ReceiveAsync_RulesCompiledByTheHost_StartsSkipsAndPublishesTheCompletion()
    {
        await using var scenario = await AgentScenario.StartAsync();
        using var compiled = new RuleCompiler().CompileFiles([RuleFile]);
        var parameters = RulesParameters(scenario, "ParameterMap");
        parameters.Remove(SettingKeys.Pipeline);
        scenario.Agent.Create(new Configuration { Parameters = parameters }, compiled.Rules);

        await scenario.Agent.ReceiveAsync("Input", StreamHost.Stream(Events));

        await AssertLifecycleAsync(scenario);
        scenario.Agent.Destroy();
        Assert.Equal(Rule, compiled.Rules[0].Name);
    }

    [Fact]
    public async Task Create_HostRulesWithDuplicateNames_ErrorRecordNamingTheRule()
    {
        await using var scenario = await AgentScenario.StartAsync();
        using var compiled = new RuleCompiler().CompileFiles([RuleFile]);

        var exception = Assert.Throws<Hosting.AgentConfigurationException>(() =>
            scenario.Agent.Create(
                new Configuration { Parameters = scenario.Parameters() },
                [compiled.Rules[0], compiled.Rules[0]]
            )
        );

        Assert.Contains($"'{Rule}' appear more than once", exception.Message);
        Assert.Equal("Agent settings are invalid", Assert.Single(scenario.Host.Errors).Error);
    }

    private static Dictionary<string, string> RulesParameters(AgentScenario scenario, string source)
    {
        var parameters = scenario.Parameters();
        parameters[SettingKeys.RulesSource] = source;
        parameters.Remove(SettingKeys.ParameterMap);
        parameters.Remove(SettingKeys.DisplayNameTemplate);
        return parameters;
    }

    private static async Task AssertLifecycleAsync(AgentScenario scenario)
    {
        var started = Assert.Single(scenario.Host.OutputsWhere("Started"));
        Assert.Equal(Rule, (string?)started["Rule"]);
        Assert.Equal(AgentScenario.Pipeline, (string?)started["Pipeline"]);
        Assert.Equal("P-1", (string?)started["asset_id"]);
        var arn = (string)started["ExecutionArn"]!;
        Assert.Equal("P-2", (string?)Assert.Single(scenario.Host.OutputsWhere("NotMatched"))["asset_id"]);
        var skipped = Assert.Single(scenario.Host.OutputsWhere("Skipped"));
        Assert.Equal("e-3", (string?)skipped["event_id"]);
        Assert.Contains("is cooling down", (string?)skipped["FailureReason"], StringComparison.Ordinal);
        var parameters = await EndpointQueries.ParametersAsync(scenario.Server, arn);
        Assert.Equal("P-1", parameters["AssetId"]);
        Assert.Equal("7.50", parameters["Vibration"]);
        Assert.Equal("hot", parameters["Mode"]);

        await scenario.AdvanceAsync(TimeSpan.FromMinutes(3), TimeSpan.FromSeconds(30));
        await AgentScenario.WaitUntilAsync(() => scenario.Host.OutputsWhere("Succeeded").Count == 1, "completion");

        var completion = scenario.Host.OutputsWhere("Succeeded")[0];
        Assert.Equal(arn, (string?)completion["ExecutionArn"]);
        Assert.Equal("Succeeded", (string?)completion["ExecutionStatus"]);
        Assert.Equal(Rule, (string?)completion["Rule"]);
        Assert.NotNull((string?)completion["CompletedAt"]);
        Assert.Equal(4, scenario.Host.Outputs.Count);
        Assert.Equal(1, await EndpointQueries.CountExecutionsAsync(scenario.Server));
        Assert.Empty(scenario.Host.Errors);
    }
}
