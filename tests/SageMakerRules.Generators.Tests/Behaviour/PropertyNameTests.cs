using System.Text;
using Newtonsoft.Json.Linq;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Behaviour;

/// <summary>
/// How the UTF-8 reader finds the properties a rule reads by name: escaped names, names of the same length, names
/// that are prefixes of others, a name whose UTF-8 length differs from its length in characters, and duplicates.
/// Each event is also read from a JObject, which must agree.
/// </summary>
public sealed class PropertyNameTests
{
    private const string Rule = """
        version: 1
        name: PropertyNames
        pipeline: { name: p }
        event:
          status: string
          region: string?
          asset: string?
          asset_id: string
          temperature: { type: double?, path: /température }
        when: status == 'RUNNING'
        parameters:
          Status: "{status}"
          Region: "{region}"
          Asset: "{asset}"
          AssetId: "{asset_id}"
          Temperature: "{temperature}"
        """;

    private static readonly Lazy<IRule> s_rule = new(() => GeneratorHarness.LoadRule(Rule));

    [Theory]
    [InlineData("""{"status":"RUNNING","region":"eu","asset":"P","asset_id":"P-7","température":21.5}""")]
    [InlineData("""{"température":21.5,"asset_id":"P-7","asset":"P","region":"eu","status":"RUNNING"}""")]
    [InlineData(
        """{"\u0073tatus":"RUNNING","regio\u006e":"eu","\u0061sset":"P","""
            + """ "asset\u005fid":"P-7","temp\u00E9rature":21.5}"""
    )]
    public void Evaluate_PlainOrEscapedNames_ReadsEveryField(string json) =>
        AssertParameters(json, "Status=RUNNING,Region=eu,Asset=P,AssetId=P-7,Temperature=21.5");

    [Theory]
    [InlineData("""{"status":"RUNNING","asset_id":"P-7","statu":"x","statuses":"x","asset_":"x","asset_id2":"x"}""")]
    [InlineData("""{"status":"RUNNING","asset_id":"P-7","regioN":"x","Asset":"x","temperature":1.5}""")]
    [InlineData("""{"st\u0061tu":"x","\u0073tatus":"RUNNING","asset_id":"P-7","st\u0061tus2":"x","\u0041sset":"x"}""")]
    public void Evaluate_NamesOfSameLengthOrPrefixes_MatchOnlyExactNames(string json) =>
        AssertParameters(json, "Status=RUNNING,Region=,Asset=,AssetId=P-7,Temperature=");

    [Fact]
    public void Evaluate_DuplicateProperties_LastValueWins()
    {
        const string json = """
            {"status":"IDLE","asset_id":"P-1","asset":"A","\u0073tatus":"RUNNING","asset\u005Fid":"P-7","asset":"B"}
            """;

        AssertParameters(json, "Status=RUNNING,Region=,Asset=B,AssetId=P-7,Temperature=");
    }

    [Fact]
    public void Evaluate_NonMatchingEventWithEscapedAndUnknownNames_AllocatesNothing()
    {
        var utf8 = Encoding.UTF8.GetBytes(
            """{"\u0073tatus":"IDLE","asset_id":"P-7","site":"north","temp\u00E9rature":1.5,"regio\u006E":"eu"}"""
        );
        Assert.Equal(RuleOutcome.NotMatched, s_rule.Value.Evaluate(utf8).Outcome);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            s_rule.Value.Evaluate(utf8);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void AssertParameters(string json, string expected)
    {
        var fromBytes = s_rule.Value.Evaluate(Encoding.UTF8.GetBytes(json));
        var fromToken = s_rule.Value.Evaluate(JObject.Parse(json));

        Assert.Equal(RuleOutcome.Matched, fromBytes.Outcome);
        Assert.Equal(expected, Describe(fromBytes.Request!));
        Assert.Equal(expected, Describe(fromToken.Request!));
    }

    private static string Describe(PipelineStartRequest request) =>
        string.Join(",", request.Parameters.Select(parameter => parameter.Name + "=" + parameter.Value));
}
