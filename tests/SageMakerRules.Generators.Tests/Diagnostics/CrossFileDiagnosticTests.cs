using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Diagnostics;

public sealed class CrossFileDiagnosticTests
{
    [Fact]
    public void Run_DuplicateRuleNames_ReportsBothFilesAndSkipsTheRule()
    {
        var outcome = GeneratorHarness.Run(
            ("/rules/a.yaml", Rules.Minimal("Same")),
            ("/rules/b.yaml", Rules.Minimal("Same")),
            ("/rules/c.yaml", Rules.Minimal("Unique"))
        );

        Assert.Equal(2, outcome.Diagnostics.Count);
        Assert.All(outcome.Diagnostics, d => Assert.Equal("SMR020", d.Id));
        var first = outcome.Diagnostics[0];
        Assert.Equal("/rules/a.yaml", first.Location.GetLineSpan().Path);
        Assert.Equal(1, first.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(6, first.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Equal(
            "Rule name 'Same' is also used by /rules/b.yaml; rule names must be unique in a project",
            first.GetMessage()
        );
        Assert.Equal(["GeneratedRuleRegistry.g.cs", "Unique.g.cs"], outcome.HintNames);
    }

    [Fact]
    public void Run_MoreThan200Parameters_ReportsAtThe201st()
    {
        var parameters = string.Concat(Enumerable.Range(1, 201).Select(i => $"  P{i}: v\n"));
        var yaml = Rules.Minimal("Many") + "parameters:\n" + parameters;

        var diagnostic = Assert.Single(GeneratorHarness.Run(yaml).Diagnostics);

        Assert.Equal("SMR018", diagnostic.Id);
        Assert.Equal(
            "The rule sets 201 parameters; SageMaker accepts at most 200 per execution",
            diagnostic.GetMessage()
        );
        Assert.Equal(208, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void Run_TwoProblemsInOneFile_ReportsBoth()
    {
        var yaml = Rules.Minimal("Two").Replace("minimal-pipeline", "bad_pipeline") + "when: nope > 1\n";

        var ids = GeneratorHarness.Run(yaml).Diagnostics.Select(d => d.Id);

        Assert.Equal(["SMR019", "SMR010"], ids);
    }

    [Fact]
    public void Run_NonYamlAdditionalFile_IsIgnored()
    {
        var outcome = GeneratorHarness.Run(("/rules/readme.txt", "not: [a rule"));

        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.HintNames);
    }
}
