using System.Text;
using Newtonsoft.Json.Linq;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Behaviour;

public sealed class PumpRuleTests
{
    private const string Matching = """
        {"asset_id":"P-7","event_id":"e-1","status":"RUNNING","timestamp":"2024-05-06T07:08:09Z",
         "extra":{"deep":[1,{"x":[true,null]}]},"sensors":{"temperature":80,"vibration":{"rms":7.5,"peak":9}}}
        """;

    private static readonly Lazy<IRule> s_rule = new(() => GeneratorHarness.LoadRule(Rules.Pump));

    private static IRule Rule => s_rule.Value;

    [Fact]
    public void Evaluate_MatchingEvent_BuildsStartRequest()
    {
        var evaluation = Rule.Evaluate(Encoding.UTF8.GetBytes(Matching));

        Assert.Equal(RuleOutcome.Matched, evaluation.Outcome);
        var request = evaluation.Request!;
        Assert.Equal("PumpVibrationRetrain", request.RuleName);
        Assert.Equal("pump-anomaly-retrain", request.PipelineName);
        Assert.Equal(3L, request.PipelineVersionId);
        Assert.Equal("pump-P-7", request.DisplayName);
        Assert.Equal("Vibration 7.50 on P-7", request.Description);
        Assert.Equal(4, request.MaxParallelSteps);
        Assert.Equal(
            [new("AssetId", "P-7"), new("VibrationRms", "7.500"), new("Mode", "retrain")],
            request.Parameters.ToArray()
        );
        Assert.Equal("P-7", evaluation.TriggerKey);
        Assert.Equal("e-1", evaluation.EventId);
    }

    [Fact]
    public void Evaluate_ConditionFalse_NotMatchedWithTriggerKeyForRisingEdge()
    {
        var evaluation = Rule.Evaluate(Encoding.UTF8.GetBytes(Matching.Replace("7.5", "5.0")));

        Assert.Equal(RuleOutcome.NotMatched, evaluation.Outcome);
        Assert.Equal("P-7", evaluation.TriggerKey);
        Assert.Null(evaluation.Request);
    }

    [Theory]
    [InlineData("""{"asset_id":"P-7",""", EventErrorKind.MalformedJson, null, "well-formed JSON")]
    [InlineData("""[1,2]""", EventErrorKind.MalformedJson, null, "a JSON object")]
    [InlineData("""{"a":1} {"b":2}""", EventErrorKind.MalformedJson, null, "well-formed JSON")]
    [InlineData("", EventErrorKind.MalformedJson, null, "well-formed JSON")]
    [InlineData(
        """{"asset_id":"P","status":"RUNNING","timestamp":"2024-05-06T07:08:09Z","sensors":{"vibration":{"rms":"high"}}}""",
        EventErrorKind.WrongType,
        "vibration",
        "a number (double)"
    )]
    [InlineData(
        """{"asset_id":7,"status":"RUNNING","timestamp":"2024-05-06T07:08:09Z","sensors":{"vibration":{"rms":8}}}""",
        EventErrorKind.WrongType,
        "asset_id",
        "a string"
    )]
    [InlineData(
        """{"asset_id":"P","status":"RUNNING","timestamp":"yesterday","sensors":{"vibration":{"rms":8}}}""",
        EventErrorKind.WrongType,
        "timestamp",
        "an ISO 8601 date and time string (datetime)"
    )]
    [InlineData(
        """{"asset_id":"P","timestamp":"2024-05-06T07:08:09Z","sensors":{"vibration":{"rms":8}}}""",
        EventErrorKind.MissingField,
        "status",
        "a string"
    )]
    [InlineData(
        """{"asset_id":"P","status":null,"timestamp":"2024-05-06T07:08:09Z","sensors":{"vibration":{"rms":8}}}""",
        EventErrorKind.MissingField,
        "status",
        "a string"
    )]
    [InlineData(
        """{"asset_id":"P","status":"RUNNING","timestamp":"2024-05-06T07:08:09Z","sensors":{"vibration":7}}""",
        EventErrorKind.MissingField,
        "vibration",
        "a number (double)"
    )]
    public void Evaluate_BadEvent_InvalidWithPreciseError(
        string json,
        EventErrorKind kind,
        string? field,
        string expected
    )
    {
        var evaluation = Rule.Evaluate(Encoding.UTF8.GetBytes(json));

        Assert.Equal(RuleOutcome.Invalid, evaluation.Outcome);
        Assert.Equal(kind, evaluation.Error!.Kind);
        Assert.Equal(field, evaluation.Error.Field);
        Assert.Equal(expected, evaluation.Error.Expected);
        Assert.False(string.IsNullOrWhiteSpace(evaluation.Error.Message));
    }

    [Fact]
    public void Evaluate_WrongType_NamesWhatWasFound()
    {
        var json = Matching.Replace("\"rms\":7.5", "\"rms\":[7.5]");

        var error = Rule.Evaluate(Encoding.UTF8.GetBytes(json)).Error!;

        Assert.Equal("an array", error.Found);
        Assert.Equal("Field 'vibration' should be a number (double) but the event has an array.", error.Message);
    }

    [Theory]
    [InlineData(Matching)]
    [InlineData(
        """{"asset_id":"P 9_x","status":"DEGRADED","timestamp":"2024-05-06T07:08:09+02:00","sensors":{"vibration":{"rms":8.25}}}"""
    )]
    [InlineData(
        """{"asset_id":"P","status":"IDLE","timestamp":"2024-05-06T07:08:09Z","sensors":{"vibration":{"rms":9}}}"""
    )]
    [InlineData(
        """{"asset_id":"P","status":"RUNNING","timestamp":"2024-05-06T07:08:09Z","sensors":{"vibration":{"rms":"x"}}}"""
    )]
    [InlineData("""{"asset_id":"P","timestamp":"2024-05-06T07:08:09Z","sensors":{"vibration":{"rms":9}}}""")]
    public void Evaluate_JObject_AgreesWithBytes(string json)
    {
        var fromBytes = Rule.Evaluate(Encoding.UTF8.GetBytes(json));
        var fromToken = Rule.Evaluate(JObject.Parse(json));

        Assert.Equal(fromBytes.Outcome, fromToken.Outcome);
        Assert.Equal(fromBytes.TriggerKey, fromToken.TriggerKey);
        Assert.Equal(fromBytes.EventId, fromToken.EventId);
        Assert.Equal(fromBytes.Error, fromToken.Error);
        Assert.Equal(fromBytes.Request?.Parameters.ToArray(), fromToken.Request?.Parameters.ToArray());
        Assert.Equal(fromBytes.Request?.DisplayName, fromToken.Request?.DisplayName);
    }

    [Fact]
    public void Evaluate_DisplayNameWithInvalidCharacters_IsSanitised()
    {
        var json = Matching.Replace("\"P-7\"", "\"_P 7/#1_\"");

        var request = Rule.Evaluate(Encoding.UTF8.GetBytes(json)).Request!;

        Assert.Equal("pump--P-7--1", request.DisplayName);
    }

    [Fact]
    public void Evaluate_ParameterOver1024Characters_InvalidParameter()
    {
        var json = Matching.Replace("\"P-7\"", "\"" + new string('a', 1025) + "\"");

        var error = Rule.Evaluate(Encoding.UTF8.GetBytes(json)).Error!;

        Assert.Equal(EventErrorKind.InvalidParameter, error.Kind);
        Assert.Equal("AssetId", error.Field);
        Assert.Equal("1025 characters", error.Found);
    }

    [Fact]
    public void Options_FromYaml_AreTypedValues()
    {
        Assert.Equal("asset_id", Rule.Trigger.KeyField);
        Assert.Equal("event_id", Rule.Trigger.IdField);
        Assert.Equal(TimeSpan.FromMinutes(30), Rule.Trigger.Cooldown);
        Assert.Equal(TriggerEdge.Rising, Rule.Trigger.Edge);
        Assert.Equal(3, Rule.Trigger.DebounceEvents);
        Assert.Equal(TimeSpan.FromMinutes(2), Rule.Trigger.DebounceDuration);
        Assert.Equal(
            (1, 20, BusyBehavior.Skip, 100),
            (Rule.Trigger.MaxRunningPerKey, Rule.Trigger.MaxRunning, Rule.Trigger.WhenBusy, Rule.Trigger.QueueCapacity)
        );
        Assert.Equal(new MonitorOptions(true, TimeSpan.FromSeconds(30), TimeSpan.FromHours(6), false), Rule.Monitor);
        Assert.Equal(
            new RuleField("vibration", FieldType.Double, false, false, "/sensors/vibration/rms"),
            Rule.Fields[1]
        );
        Assert.Equal(["AssetId", "VibrationRms", "Mode"], Rule.ParameterNames);
        Assert.Equal("Retrain the anomaly model when a pump vibrates", Rule.Description);
        Assert.Equal("/rules/rule.yaml", Rule.SourcePath);
    }
}
