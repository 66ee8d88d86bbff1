using System.Text;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Behaviour;

public sealed class SmokeTests
{
    [Fact]
    public void Evaluate_PumpRule_Matches()
    {
        var rule = GeneratorHarness.LoadRule(Rules.Pump);

        var evaluation = rule.Evaluate(
            Encoding.UTF8.GetBytes(
                """{"asset_id":"P-7","sensors":{"vibration":{"rms":7.5}},"status":"RUNNING","timestamp":"2024-05-06T07:08:09Z"}"""
            )
        );

        Assert.Equal(RuleOutcome.Matched, evaluation.Outcome);
    }
}
