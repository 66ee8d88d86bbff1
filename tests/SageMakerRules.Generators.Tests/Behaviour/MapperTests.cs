using System.Text;
using Newtonsoft.Json.Linq;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Behaviour;

/// <summary>The parameter mapper: what a matching event's start request holds, from bytes and from a JObject.</summary>
public sealed class MapperTests
{
    private const string Rule = """
        version: 1
        name: MapperRule
        pipeline:
          name: pump-anomaly-retrain
          displayName: "Nightly retrain #3"
          description: "{site} / {flag} / {at} / {took} / {count:N0} / {tags}"
        event:
          asset_id: string
          site: string?
          flag: bool?
          at: datetime?
          took: { type: "int?", path: /took }
          count: long?
          tags: "string[]?"
        parameters:
          AssetId: "{asset_id}"
          Label: "{asset_id}-{site}"
          Empty: ""
        trigger: { key: asset_id, id: site }
        """;

    private static readonly Lazy<IRule> s_rule = new(() => GeneratorHarness.LoadRule(Rule));

    [Fact]
    public void Evaluate_LiteralDisplayName_SanitisedAtBuildTime()
    {
        var request = Evaluate("""{"asset_id":"P-7"}""").Request!;

        Assert.Equal("Nightly-retrain--3", request.DisplayName);
    }

    [Fact]
    public void Evaluate_EscapedStringField_RenderedUnescapedEverywhere()
    {
        var evaluation = Evaluate("""{"asset_id":"P\u002D7\"","site":"n\u00f6rd"}""");

        Assert.Equal(
            [new("AssetId", "P-7\""), new("Label", "P-7\"-nörd"), new("Empty", "")],
            evaluation.Request!.Parameters.ToArray()
        );
        Assert.Equal("P-7\"", evaluation.TriggerKey);
        Assert.Equal("nörd", evaluation.EventId);
    }

    [Fact]
    public void Evaluate_EveryValueKindInDescription_RendersInvariantText()
    {
        const string json = """
            {"asset_id":"P-7","site":"north","flag":true,"at":"2026-12-03T08:15:00+01:00","took":5,
             "count":1234567,"tags":["a","b"]}
            """;

        var description = Evaluate(json).Request!.Description;

        Assert.Equal("north / true / 2026-12-03T08:15:00.0000000+01:00 / 5 / 1,234,567 / a,b", description);
    }

    [Fact]
    public void Evaluate_MissingOptionalValues_RenderEmptyAndNoEventId()
    {
        var evaluation = Evaluate("""{"asset_id":"P-7"}""");

        Assert.Equal(" /  /  /  /  / ", evaluation.Request!.Description);
        Assert.Equal("P-7-", evaluation.Request.Parameters[1].Value);
        Assert.Null(evaluation.EventId);
    }

    [Fact]
    public void Evaluate_DescriptionOver3072Characters_InvalidParameter()
    {
        var json = $$"""{"asset_id":"P-7","site":"{{new string('s', 3100)}}"}""";

        var error = Evaluate(json).Error!;

        Assert.Equal(EventErrorKind.InvalidParameter, error.Kind);
        Assert.Equal("pipeline.description", error.Field);
    }

    [Fact]
    public void Evaluate_NoParametersAndEmptyLiteralDisplayName_EmptyListAndNoDisplayName()
    {
        var rule = GeneratorHarness.LoadRule(
            """
            version: 1
            name: Bare
            pipeline: { name: p, displayName: "2" }
            """
        );

        var request = rule.Evaluate("{}"u8).Request!;

        Assert.Empty(request.Parameters);
        Assert.Equal("2", request.DisplayName);
    }

    private static RuleEvaluation Evaluate(string json)
    {
        var fromBytes = s_rule.Value.Evaluate(Encoding.UTF8.GetBytes(json));
        var fromToken = s_rule.Value.Evaluate(JObject.Parse(json, new JsonLoadSettings()));
        Assert.Equal(fromBytes.Outcome, fromToken.Outcome);
        Assert.Equal(fromBytes.Request?.Parameters.ToArray(), fromToken.Request?.Parameters.ToArray());
        Assert.Equal(fromBytes.Request?.DisplayName, fromToken.Request?.DisplayName);
        Assert.Equal((fromBytes.TriggerKey, fromBytes.EventId), (fromToken.TriggerKey, fromToken.EventId));
        return fromBytes;
    }
}
