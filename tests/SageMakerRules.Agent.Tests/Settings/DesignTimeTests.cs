using Newtonsoft.Json.Linq;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Tests.Support;
using XMIoT.Framework.Settings;

namespace SageMakerRules.Agent.Tests.Settings;

public sealed class DesignTimeTests
{
    [Fact]
    public async Task GetConfigurationTemplate_WorkingCredentials_FillsPipelinesVersionsAndParameterGrid()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = scenario.Parameters();
        parameters[SettingKeys.ParameterMap] = "";

        var template = XMIoT.Framework.Settings.Settings.Parse(scenario.Agent.GetConfigurationTemplate("", parameters));

        var pipeline = (DropDown)template.Find(SettingKeys.Pipeline)!;
        Assert.Contains(pipeline.Options, option => option.ValueMemeber == AgentScenario.Pipeline);
        Assert.True(pipeline.AllowCustomText);
        var versions = (DropDown)template.Find(SettingKeys.PipelineVersion)!;
        Assert.Equal("", versions.Options[0].ValueMemeber);
        Assert.Contains(versions.Options, option => option.ValueMemeber == "1");
        var grid = (Grid)template.Find(SettingKeys.ParameterMap)!;
        var rows = JArray.Parse(grid.Value!);
        Assert.Equal(["AssetId", "Vibration", "Epochs", "Mode"], rows.Select(row => (string?)row["Parameter"]));
        Assert.Equal("Float", (string?)rows[1]["Type"]);
        var attributes = (DropDown)grid.Columns.Single(column => column.Key == "Attribute");
        Assert.Contains(attributes.Options, option => option.ValueMemeber == "vibration");
        Assert.True(scenario.Host.DecryptCalls > 0);
    }

    [Fact]
    public async Task GetConfigurationTemplate_WrongSecret_ShowsTheFailureInHelpTextWithoutTheSecret()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = scenario.Parameters();
        parameters[SettingKeys.SecretAccessKey] = FakeVault.Encrypt("WrongSecretForTheLocalEndpoint0000000000");

        var text = scenario.Agent.GetConfigurationTemplate("", parameters);

        var pipeline = (DropDown)XMIoT.Framework.Settings.Settings.Parse(text).Find(SettingKeys.Pipeline)!;
        Assert.StartsWith("Pipelines could not be listed:", pipeline.HelpText);
        Assert.Contains("signature", pipeline.HelpText, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(pipeline.Options);
        Assert.DoesNotContain("WrongSecretForTheLocalEndpoint", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetConfigurationTemplate_UseVariables_ShowsVariableTwinsAndReadsTheVariables()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = scenario.Parameters();
        parameters[SettingKeys.UseVariables] = "true";
        parameters.Remove(SettingKeys.AccessKeyId);
        parameters.Remove(SettingKeys.SecretAccessKey);
        parameters[SettingKeys.VariableOf(SettingKeys.AccessKeyId)] = "aws-key-id";
        parameters[SettingKeys.VariableOf(SettingKeys.SecretAccessKey)] = "aws-secret";
        parameters[SettingKeys.VariableOf(SettingKeys.Region)] = "aws-region";
        scenario.Host.Variables["aws-key-id"] = LocalPipelines.LocalPipelinesDefaults.AccessKeyId;
        scenario.Host.Variables["aws-secret"] = FakeVault.Encrypt(AgentScenario.Secret);
        scenario.Host.Variables["aws-region"] = scenario.Server.Region;

        var template = XMIoT.Framework.Settings.Settings.Parse(scenario.Agent.GetConfigurationTemplate("", parameters));

        Assert.False(template.Find(SettingKeys.SecretAccessKey)!.Visible);
        Assert.True(template.Find(SettingKeys.VariableOf(SettingKeys.SecretAccessKey))!.Visible);
        Assert.True(template.Find(SettingKeys.VariableOf(SettingKeys.SecretAccessKey))!.Required);
        Assert.False(template.Find(SettingKeys.AzureTenantId)!.Visible);
        var pipeline = (DropDown)template.Find(SettingKeys.Pipeline)!;
        Assert.Contains(pipeline.Options, option => option.ValueMemeber == AgentScenario.Pipeline);
    }

    [Fact]
    public void Validate_ManyProblems_ReturnsEveryProblemNamingTheSettingAndTheFix()
    {
        var agent = new StreamHost(new SageMakerPipelineAgent()).Agent;
        var parameters = new Dictionary<string, string>
        {
            [SettingKeys.Region] = "Europe",
            [SettingKeys.EndpointUrl] = "not a url",
            [SettingKeys.AuthenticationMethod] = "AccessKey",
            [SettingKeys.AccessKeyId] = "AKIAEXAMPLE",
            [SettingKeys.RulesSource] = "ParameterMap",
            [SettingKeys.ParameterMap] =
                """[{"Parameter":"Epochs","Type":"Integer","Attribute":"","Constant":"ten"}]""",
            [SettingKeys.PollIntervalSeconds] = "0",
            [SettingKeys.StopOnTimeout] = "true",
            [SettingKeys.StateDirectory] = "relative/state",
        };

        var problems = agent.Validate(parameters);

        Assert.Equal(8, problems.Length);
        Assert.Contains(
            problems,
            problem => problem.StartsWith("AWS Region (Region): 'Europe'", StringComparison.Ordinal)
        );
        Assert.Contains(
            problems,
            problem => problem.StartsWith("SageMaker Endpoint URL (EndpointUrl):", StringComparison.Ordinal)
        );
        Assert.Contains(
            problems,
            problem => problem.StartsWith("Secret Access Key (SecretAccessKey): No value", StringComparison.Ordinal)
        );
        Assert.Contains(
            problems,
            problem => problem.StartsWith("Pipeline (Pipeline): No pipeline is chosen", StringComparison.Ordinal)
        );
        Assert.Contains(
            problems,
            problem => problem.Contains("constant 'ten' of parameter 'Epochs'", StringComparison.Ordinal)
        );
        Assert.Contains(
            problems,
            problem => problem.StartsWith("Poll Interval (seconds) (PollIntervalSeconds)", StringComparison.Ordinal)
        );
        Assert.Contains(
            problems,
            problem => problem.StartsWith("Stop Execution On Timeout (StopOnTimeout)", StringComparison.Ordinal)
        );
        Assert.Contains(
            problems,
            problem => problem.StartsWith("State Directory (StateDirectory)", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task Validate_WorkingSettingsWithEncryptedSecret_ReturnsNoProblem()
    {
        await using var scenario = await AgentScenario.StartAsync();

        var problems = scenario.Agent.Validate(scenario.Parameters());

        Assert.Empty(problems);
        Assert.True(scenario.Host.DecryptCalls > 0);
    }

    [Fact]
    public async Task Validate_UnknownPipeline_SaysItDoesNotExist()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = scenario.Parameters();
        parameters[SettingKeys.Pipeline] = "no-such-pipeline";

        var problem = Assert.Single(scenario.Agent.Validate(parameters));

        Assert.StartsWith("Pipeline (Pipeline): Pipeline 'no-such-pipeline' does not exist in us-east-1", problem);
    }

    [Fact]
    public async Task Validate_ParameterMissingFromDefinitionAndAttributeOfWrongType_ListsBoth()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = scenario.Parameters();
        parameters[SettingKeys.ParameterMap] = """
            [{"Parameter":"Vibration","Type":"Float","Attribute":"status","Constant":""},
             {"Parameter":"Missing","Type":"String","Attribute":"","Constant":"x"}]
            """;

        var problems = scenario.Agent.Validate(parameters);

        Assert.Equal(2, problems.Length);
        Assert.Contains(
            problems,
            problem => problem.Contains("input attribute 'status' is a String", StringComparison.Ordinal)
        );
        Assert.Contains(problems, problem => problem.Contains("'Missing' is not declared", StringComparison.Ordinal));
    }

    [Fact]
    public void GetOutputAttributes_Output_InputAttributesThenResultFields()
    {
        var host = new StreamHost(new SageMakerPipelineAgent());
        var parameters = new Dictionary<string, string>
        {
            [SettingKeys.RulesSource] = "ParameterMap",
            [SettingKeys.Pipeline] = AgentScenario.Pipeline,
            [SettingKeys.ParameterMap] = AgentScenario.ParameterMapGridValue(),
        };

        var inputs = host.Agent.GetInputAttributes("Input", parameters).Select(attribute => attribute.ToString());
        var outputs = host.Agent.GetOutputAttributes("Output", parameters).Select(attribute => attribute.Name);

        Assert.Equal(["asset_id (String)", "vibration (Double)"], inputs);
        Assert.Equal(
            [
                "asset_id",
                "vibration",
                "epochs",
                "status",
                "Rule",
                "Pipeline",
                "ExecutionArn",
                "ExecutionStatus",
                "Outcome",
                "TriggeredAt",
                "CompletedAt",
                "FailureReason",
                "FailedStep",
            ],
            outputs
        );
        Assert.Empty(host.Agent.GetOutputAttributes("Error", parameters));
    }

    [Fact]
    public async Task Create_InvalidSettings_ThrowsAndPublishesOneRecordListingEveryProblem()
    {
        await using var scenario = await AgentScenario.StartAsync();
        var parameters = scenario.Parameters();
        parameters[SettingKeys.Region] = "";
        parameters[SettingKeys.Pipeline] = "";

        var exception = Assert.Throws<Hosting.AgentConfigurationException>(() => scenario.Create(parameters));

        Assert.Equal(2, exception.Problems.Count);
        var record = Assert.Single(scenario.Host.Errors);
        Assert.Equal("Agent settings are invalid", record.Error);
        Assert.Contains("AWS Region (Region)", record.DetailedError, StringComparison.Ordinal);
        scenario.Agent.Receive("Input", [new JObject { ["asset_id"] = "P-1" }]);
        Assert.Equal("Agent not created", scenario.Host.Errors.Last().Error);
        scenario.Agent.Destroy();
        scenario.Agent.Destroy();
    }
}
