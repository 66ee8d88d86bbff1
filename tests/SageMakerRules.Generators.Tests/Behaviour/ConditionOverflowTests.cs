using System.Text;
using Newtonsoft.Json.Linq;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Behaviour;

/// <summary>Conditions that overflow are unknown (no match), from bytes and from a JObject; others need no guard.</summary>
public sealed class ConditionOverflowTests
{
    private const string Rule = """
        version: 1
        name: OverflowRule
        pipeline: { name: p }
        event: { m: decimal, s: string }
        when: m * m > 1 || s == 'always'
        """;

    private static readonly Lazy<IRule> s_rule = new(() => GeneratorHarness.LoadRule(Rule));

    [Theory]
    [InlineData("""{"m":100000000000000000000,"s":"x"}""", RuleOutcome.NotMatched)]
    [InlineData("""{"m":100000000000000000000,"s":"always"}""", RuleOutcome.NotMatched)]
    [InlineData("""{"m":2,"s":"x"}""", RuleOutcome.Matched)]
    [InlineData("""{"m":0.5,"s":"always"}""", RuleOutcome.Matched)]
    public void Evaluate_DecimalOverflowInCondition_WholeConditionUnknown(string json, RuleOutcome expected)
    {
        Assert.Equal(expected, s_rule.Value.Evaluate(Encoding.UTF8.GetBytes(json)).Outcome);
        Assert.Equal(expected, s_rule.Value.Evaluate(JObject.Parse(json)).Outcome);
    }

    [Fact]
    public void Generate_ConditionWithArithmetic_OverflowGuard()
    {
        Assert.Contains("catch (ArithmeticException)", GeneratorHarness.Run(Rule).Source("OverflowRule.g.cs"));
    }

    [Fact]
    public void Generate_ConditionWithoutArithmetic_HasNoOverflowGuard()
    {
        var outcome = GeneratorHarness.Run(Rule.Replace("m * m > 1", "m > 1"));

        Assert.DoesNotContain("catch (ArithmeticException)", outcome.Source("OverflowRule.g.cs"));
    }
}
