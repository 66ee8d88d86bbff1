using System.Collections.Concurrent;
using System.Text;
using Newtonsoft.Json.Linq;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Behaviour;

/// <summary>
/// <c>when:</c> follows three-valued logic (docs/mapping-language.md, "Missing and null values"): only a true
/// condition matches, and negating an unknown stays unknown. The same outcome from bytes and from a JObject.
/// </summary>
public sealed class ConditionTruthTests
{
    private static readonly ConcurrentDictionary<string, IRule> s_rules = new();

    [Theory]
    [InlineData("p > 3", """{"p":4.5}""", true)]
    [InlineData("p > 3", """{"p":null}""", false)]
    [InlineData("!(p > 3)", """{"p":1}""", true)]
    [InlineData("!(p > 3)", """{"p":4.5}""", false)]
    [InlineData("!(p > 3)", """{"p":null}""", false)]
    [InlineData("!(p > 3)", """{}""", false)]
    [InlineData("p == null", """{}""", true)]
    [InlineData("!(p == null)", """{"p":null}""", false)]
    [InlineData("p != null", """{"p":1}""", true)]
    [InlineData("exists(p)", """{"p":null}""", true)]
    [InlineData("!exists(p)", """{}""", true)]
    [InlineData("p > 3 || s == 'x'", """{"s":"x"}""", true)]
    [InlineData("p > 3 || s == 'x'", """{"s":"y"}""", false)]
    [InlineData("p > 3 && s == 'x'", """{"s":"x"}""", false)]
    [InlineData("!(p > 3 && s == 'x')", """{"s":"y"}""", true)]
    [InlineData("!(p > 3 && s == 'x')", """{"s":"x"}""", false)]
    [InlineData("!(p > 3 || s == 'x')", """{"s":"y"}""", false)]
    [InlineData("!(p > 3 || s == 'x')", """{"p":1,"s":"y"}""", true)]
    [InlineData("!(s in ['a', 'b'])", """{"s":"c"}""", true)]
    [InlineData("!(s in ['a', 'b'])", """{"s":"a"}""", false)]
    [InlineData("!(s in ['a', 'b'])", """{}""", false)]
    [InlineData("s in ['a', 'b']", """{"s":"b"}""", true)]
    [InlineData("b", """{"b":true}""", true)]
    [InlineData("b", """{}""", false)]
    [InlineData("!b", """{"b":false}""", true)]
    [InlineData("!b", """{}""", false)]
    [InlineData("!!(p > 3)", """{}""", false)]
    [InlineData("b == !(s == 'x')", """{"b":true,"s":"y"}""", true)]
    public void Evaluate_Condition_MatchesOnlyWhenTrue(string condition, string json, bool matches)
    {
        var rule = s_rules.GetOrAdd(condition, Load);
        var expected = matches ? RuleOutcome.Matched : RuleOutcome.NotMatched;

        Assert.Equal(expected, rule.Evaluate(Encoding.UTF8.GetBytes(json)).Outcome);
        Assert.Equal(expected, rule.Evaluate(JObject.Parse(json)).Outcome);
    }

    private static IRule Load(string condition) =>
        GeneratorHarness.LoadRule(
            $$"""
            version: 1
            name: Truth
            pipeline: { name: p }
            event: { p: double?, s: string?, b: bool? }
            when: "{{condition}}"
            """
        );
}
