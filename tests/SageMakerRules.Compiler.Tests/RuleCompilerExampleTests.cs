using System.Text;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Compiler.Tests;

public sealed class RuleCompilerExampleTests : IClassFixture<PumpMonitoringRules>
{
    private readonly PumpMonitoringRules _rules;

    public RuleCompilerExampleTests(PumpMonitoringRules rules) => _rules = rules;

    [Fact]
    public void CompileFiles_PumpMonitoringFolder_LoadsTheThreeRulesByName()
    {
        var result = _rules.Result;

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Equal(
            ["PumpBatchScoring", "PumpTemperatureScoring", "PumpVibrationRetrain"],
            result.Rules.Select(rule => rule.Name)
        );
    }

    [Fact]
    public void CompileFiles_PumpMonitoringFolder_RulesImplementTheHostContract()
    {
        var rule = _rules.Rule("PumpVibrationRetrain");

        Assert.IsAssignableFrom<IRule>(rule);
        Assert.Same(typeof(IRule).Assembly, rule.GetType().GetInterfaces().Single(i => i == typeof(IRule)).Assembly);
        Assert.EndsWith("pump-vibration-retrain.yaml", rule.SourcePath.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal("pump-anomaly-retrain", rule.Pipeline.Name);
        Assert.Equal(TimeSpan.FromMinutes(30), rule.Trigger.Cooldown);
        Assert.Equal(TriggerEdge.Rising, rule.Trigger.Edge);
        Assert.Equal(TimeSpan.FromHours(6), rule.Monitor.Timeout);
    }

    [Theory]
    [InlineData("PumpVibrationRetrain", 8)]
    [InlineData("PumpTemperatureScoring", 10)]
    [InlineData("PumpBatchScoring", 5)]
    public void Evaluate_ExampleEvents_MatchesTheExpectedEventsAndRejectsNone(string ruleName, int expectedMatches)
    {
        var rule = _rules.Rule(ruleName);

        var outcomes = PumpMonitoringRules
            .Events()
            .Select(line => rule.Evaluate(Encoding.UTF8.GetBytes(line)))
            .ToList();

        Assert.DoesNotContain(outcomes, outcome => outcome.Outcome == RuleOutcome.Invalid);
        Assert.Equal(expectedMatches, outcomes.Count(outcome => outcome.Outcome == RuleOutcome.Matched));
    }

    [Theory]
    [InlineData("PumpVibrationRetrain")]
    [InlineData("PumpTemperatureScoring")]
    [InlineData("PumpBatchScoring")]
    public void Evaluate_JObjectAndBytes_GiveTheSameRequests(string ruleName)
    {
        var rule = _rules.Rule(ruleName);

        foreach (var line in PumpMonitoringRules.Events())
        {
            var fromBytes = rule.Evaluate(Encoding.UTF8.GetBytes(line));
            var fromObject = rule.Evaluate(JObject.Parse(line));

            Assert.Equal(fromBytes.Outcome, fromObject.Outcome);
            Assert.Equal(fromBytes.Request?.Parameters, fromObject.Request?.Parameters);
            Assert.Equal(fromBytes.Request?.DisplayName, fromObject.Request?.DisplayName);
        }
    }

    [Fact]
    public void Evaluate_VibrationEvent_MapsParametersAndDisplayName()
    {
        var rule = _rules.Rule("PumpVibrationRetrain");
        var line = PumpMonitoringRules.Events().First(e => e.Contains("\"P-104\"") && e.Contains("\"rms\":7."));

        var evaluation = rule.Evaluate(Encoding.UTF8.GetBytes(line));

        Assert.Equal(RuleOutcome.Matched, evaluation.Outcome);
        var request = evaluation.Request!;
        Assert.Equal("pump-anomaly-retrain", request.PipelineName);
        Assert.Equal("retrain-P-104", request.DisplayName);
        Assert.Equal("P-104", evaluation.TriggerKey);
        Assert.StartsWith("evt-", evaluation.EventId, StringComparison.Ordinal);
        var parameters = request.Parameters.ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal("P-104", parameters["AssetId"]);
        Assert.Equal("plant-north", parameters["Site"]);
        Assert.Equal("14", parameters["TrainingWindowDays"]);
        Assert.Equal("retrain", parameters["Mode"]);
        Assert.Matches(@"^7\.\d{3}$", parameters["VibrationRms"]);
    }

    [Fact]
    public void Evaluate_BatchEvent_RendersDurationsAndUpperCase()
    {
        var rule = _rules.Rule("PumpBatchScoring");
        var line = PumpMonitoringRules.Events().First(e => e.Contains("\"B-20261201-001\""));

        var request = rule.Evaluate(Encoding.UTF8.GetBytes(line)).Request!;

        var parameters = request.Parameters.ToDictionary(p => p.Name, p => p.Value);
        Assert.Equal("PLANT-NORTH", parameters["Site"]);
        Assert.Equal("1440", parameters["RecordCount"]);
        Assert.Equal("01:00:00", parameters["WindowLength"]);
        Assert.Equal("batch-B-20261201-001", request.DisplayName);
    }
}
