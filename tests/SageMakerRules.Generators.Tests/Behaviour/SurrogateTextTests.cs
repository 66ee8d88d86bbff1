using System.Text;
using Newtonsoft.Json.Linq;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Behaviour;

/// <summary>
/// Text outside the Basic Multilingual Plane (a surrogate pair in C#) in field paths, expression literals and
/// templates compiles to <c>"..."u8</c> literals and strings that read and compare it; a pattern written as JSON text
/// may escape a lone surrogate (<c>"\uD800"</c>), which the pattern's UTF-8 code holds as bytes. Both readers agree.
/// The files are built here rather than passed as theory data, so every character reaches the generator unchanged.
/// </summary>
public sealed class SurrogateTextTests
{
    private const string Rocket = "\uD83D\uDE80";

    [Fact]
    public void Evaluate_SurrogatePairsInPathLiteralAndTemplate_ReadsComparesAndWrites()
    {
        var rule = GeneratorHarness.LoadRule(
            "version: 1\nname: Pairs\npipeline: { name: p }\nevent:\n"
                + $"  stage: {{ type: string, path: \"/{Rocket}/stage\" }}\n"
                + $"when: stage == 'launch {Rocket}' && startsWith(stage, 'launch')\n"
                + $"parameters:\n  Stage: \"{Rocket} {{stage}}\"\n"
        );
        var json = "{\"" + Rocket + "\":{\"stage\":\"launch " + Rocket + "\"}}";

        var fromBytes = rule.Evaluate(Encoding.UTF8.GetBytes(json));
        var fromToken = rule.Evaluate(JObject.Parse(json));

        Assert.Equal(RuleOutcome.Matched, fromBytes.Outcome);
        Assert.Equal($"{Rocket} launch {Rocket}", fromBytes.Request!.Parameters.Single().Value);
        Assert.Equal($"{Rocket} launch {Rocket}", fromToken.Request!.Parameters.Single().Value);
    }

    [Fact]
    public void Evaluate_PatternJsonWithEscapedLoneSurrogateName_CompilesAndBothReadersAgree()
    {
        var rule = GeneratorHarness.LoadRule(
            "version: 1\nname: LonePattern\npipeline: { name: p }\n"
                + "match: '{\"a\\uD800\": [\"x\"], \"kind\": [\"k\"]}'\n"
        );

        // A lone surrogate has no UTF-8 form: the pattern's bytes hold U+FFFD, which is also what Newtonsoft reads.
        const string json = "{\"kind\":\"k\",\"a\uFFFD\":\"x\"}";
        Assert.Equal(RuleOutcome.Matched, rule.Evaluate(Encoding.UTF8.GetBytes(json)).Outcome);
        Assert.Equal(RuleOutcome.Matched, rule.Evaluate(JObject.Parse(json)).Outcome);
        Assert.Equal(
            RuleOutcome.NotMatched,
            rule.Evaluate(Encoding.UTF8.GetBytes("{\"kind\":\"k\",\"a\":\"x\"}")).Outcome
        );
    }
}
