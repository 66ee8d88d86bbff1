using Microsoft.CodeAnalysis;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Diagnostics;

/// <summary>SageMaker limits that the literal text of a template already decides (SMR031, SMR032).</summary>
public sealed class LimitDiagnosticTests
{
    [Fact]
    public void Run_LiteralDescriptionOver3072_ReportsAtTheValue()
    {
        var yaml = Pipeline($"description: {new string('d', 3073)}");

        var diagnostic = Assert.Single(GeneratorHarness.Run(yaml).Diagnostics);

        Assert.Equal("SMR031", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((5, 16), Position(diagnostic));
        Assert.Equal(
            "pipeline.description has 3,073 characters of literal text; SageMaker accepts at most 3,072, so every "
                + "event would be invalid; shorten it",
            diagnostic.GetMessage()
        );
    }

    [Fact]
    public void Run_DescriptionTemplateWhoseLiteralPartsAreTooLong_Reported()
    {
        var yaml = Pipeline($"description: \"{new string('d', 2000)} {{id}} {new string('e', 1100)}\"");

        var diagnostic = Assert.Single(GeneratorHarness.Run(yaml).Diagnostics);

        Assert.Equal("SMR031", diagnostic.Id);
        Assert.StartsWith("pipeline.description has 3,102 characters of literal text", diagnostic.GetMessage());
    }

    [Fact]
    public void Run_DescriptionAtTheLimitWithPlaceholders_NoDiagnostic()
    {
        var yaml = Pipeline($"description: \"{new string('d', 3072)}{{id}}\"");

        Assert.Empty(GeneratorHarness.Run(yaml).Diagnostics);
    }

    [Fact]
    public void Run_LiteralParameterOver1024_ReportsAtTheValue()
    {
        var yaml = Rules.Minimal("Limits") + $"parameters:\n  Long: {new string('p', 1025)}\n";

        var diagnostic = Assert.Single(GeneratorHarness.Run(yaml).Diagnostics);

        Assert.Equal("SMR031", diagnostic.Id);
        Assert.Equal((8, 9), Position(diagnostic));
        Assert.StartsWith(
            "parameter 'Long' has 1,025 characters of literal text; SageMaker accepts at most 1,024",
            diagnostic.GetMessage()
        );
    }

    [Fact]
    public void Run_LiteralDisplayNameWithoutLetterOrDigit_WarnsAndStillGenerates()
    {
        var outcome = GeneratorHarness.Run(Pipeline("displayName: \"--/--\""));

        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal("SMR032", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal((5, 16), Position(diagnostic));
        Assert.Equal(
            "pipeline.displayName '--/--' has no ASCII letter or digit, so no display name is sent (SageMaker shows "
                + "the execution id); use letters, digits and '-'",
            diagnostic.GetMessage()
        );
        Assert.Contains("Limits.g.cs", outcome.HintNames);
    }

    [Fact]
    public void Run_DisplayNameWithMoreThan82LettersOfLiteralText_WarnsWithTheCutName()
    {
        var yaml = Pipeline($"displayName: \"{new string('a', 80)}-{{id}}-{new string('b', 3)}\"");

        var diagnostic = Assert.Single(GeneratorHarness.Run(yaml).Diagnostics);

        Assert.Equal("SMR032", diagnostic.Id);
        Assert.Equal(
            "pipeline.displayName keeps 83 letters and digits of literal text; SageMaker accepts at most 82 "
                + "characters, so it is always cut after 82 characters",
            diagnostic.GetMessage()
        );
    }

    [Fact]
    public void Run_LiteralDisplayNameOver82_WarnsWithTheCutName()
    {
        var yaml = Pipeline($"displayName: {new string('a', 81)}_{new string('b', 9)}");

        var diagnostic = Assert.Single(GeneratorHarness.Run(yaml).Diagnostics);

        Assert.EndsWith($"so it is always cut to '{new string('a', 81)}'", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("displayName: \"{id}\"")]
    [InlineData("displayName: \"run {id}\"")]
    [InlineData("displayName: \"--{id}--\"")]
    [InlineData("displayName: nightly-run")]
    public void Run_DisplayNameThatCanFit_NoDiagnostic(string line)
    {
        Assert.Empty(GeneratorHarness.Run(Pipeline(line)).Diagnostics);
    }

    private static string Pipeline(string line) =>
        Rules.Minimal("Limits").Replace("  name: minimal-pipeline\n", "  name: minimal-pipeline\n  " + line + "\n");

    private static (int Line, int Column) Position(Diagnostic diagnostic)
    {
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        return (start.Line + 1, start.Character + 1);
    }
}
