using System.Text;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Generators.Tests.Patterns;

/// <summary>
/// Properties only the <c>match:</c> pattern reads, found by name in the rule's one UTF-8 pass next to the fields'
/// properties: names of the same length as a field's, escaped names, dotted names (plain and escaped) and
/// near-misses. Each event is also read from a JObject, which must agree.
/// </summary>
public sealed class PatternPropertyNameTests
{
    private const string Yaml = """
        version: 1
        name: PatternOnlyNames
        pipeline: { name: p, displayName: p }
        event:
          status: string
          region: string?
        parameters:
          Status: "{status}"
        match:
          source: [pumps]
          detail: { kind: [vibration] }
        """;

    private static readonly Lazy<IRule> s_rule = new(() =>
        PatternRuleHarness.Load([("names.yaml", Yaml)])["PatternOnlyNames"]
    );

    [Theory]
    [InlineData("""{"status":"RUNNING","source":"pumps","detail":{"kind":"vibration"}}""")]
    [InlineData("""{"detail":{"kind":"vibration"},"region":"eu","source":"pumps","status":"RUNNING"}""")]
    [InlineData("""{"\u0073tatus":"RUNNING","sourc\u0065":"pumps","det\u0061il":{"kind":"vibration"}}""")]
    [InlineData("""{"status":"RUNNING","source":"pumps","detail.kind":"vibration"}""")]
    [InlineData("""{"status":"RUNNING","source":"pumps","detail\u002Ekind":"vibration"}""")]
    public void Evaluate_PatternOnlyNamesPlainEscapedOrDotted_Match(string json) =>
        AssertOutcome(json, RuleOutcome.Matched);

    [Theory]
    [InlineData("""{"status":"RUNNING","source":"valves","detail":{"kind":"vibration"}}""")]
    [InlineData("""{"status":"RUNNING","sourc":"pumps","sources":"pumps","detail":{"kind":"vibration"}}""")]
    [InlineData("""{"status":"RUNNING","region":"pumps","detail":{"kind":"vibration"}}""")]
    [InlineData("""{"status":"RUNNING","source":"pumps","detail.kin":"vibration","detail.kinds":"vibration"}""")]
    [InlineData("""{"status":"RUNNING","s\u006Furc":"pumps","detail\u002Ekind":"vibration"}""")]
    public void Evaluate_NearMissOrSameLengthNames_DoNotMatch(string json) =>
        AssertOutcome(json, RuleOutcome.NotMatched);

    private static void AssertOutcome(string json, RuleOutcome expected)
    {
        var fromBytes = s_rule.Value.Evaluate(Encoding.UTF8.GetBytes(json));
        var fromToken = s_rule.Value.Evaluate(JObject.Parse(json));

        Assert.Equal(expected, fromBytes.Outcome);
        Assert.Equal(expected, fromToken.Outcome);
    }
}
