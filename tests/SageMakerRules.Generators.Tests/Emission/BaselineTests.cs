using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Emission;

public sealed class BaselineTests
{
    [Fact]
    public void Emit_PumpRule_MatchesBaseline()
    {
        var outcome = GeneratorHarness.Run(Rules.Pump);

        Baseline.Verify("PumpVibrationRetrain", outcome.Source("PumpVibrationRetrain.g.cs"));
    }

    [Fact]
    public void Emit_Registry_MatchesBaseline()
    {
        var outcome = GeneratorHarness.Run(
            ("/rules/b.yaml", Rules.Minimal("Second")),
            ("/rules/a.yaml", Rules.Minimal("First"))
        );

        Baseline.Verify("GeneratedRuleRegistry", outcome.Source("GeneratedRuleRegistry.g.cs"));
    }

    [Fact]
    public void Emit_ArraysPointersAndFunctions_MatchesBaseline()
    {
        var outcome = GeneratorHarness.Run(Rules.Readings);

        Baseline.Verify("TemperatureExcursion", outcome.Source("TemperatureExcursion.g.cs"));
    }
}
