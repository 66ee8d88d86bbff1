namespace SageMakerRules.Compiler.Tests;

public sealed class RuleCompilerDiagnosticTests
{
    private const string ValidRule = """
        version: 1
        name: PumpVibrationRetrain
        pipeline:
          name: pump-anomaly-retrain
        event:
          asset_id: string
          vibration: double
        when: vibration > 7.1
        parameters:
          AssetId: "{asset_id}"
        """;

    [Fact]
    public void Compile_UnknownFieldInWhen_ReportsErrorAtTheToken()
    {
        var text = ValidRule.Replace("when: vibration > 7.1", "when: vibraton > 7.1", StringComparison.Ordinal);

        using var result = new RuleCompiler().Compile([new RuleSource("rules/broken.yaml", text)]);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Rules);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.True(diagnostic.Id == "SMR010", diagnostic.ToString());
        Assert.Equal("rules/broken.yaml", diagnostic.Path);
        Assert.Equal(8, diagnostic.Line);
        Assert.Equal(7, diagnostic.Column);
        Assert.Contains("vibraton", diagnostic.Message, StringComparison.Ordinal);
        Assert.StartsWith("rules/broken.yaml(8,7): error SMR010: ", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  name: \"pump-anomaly")]
    [InlineData("  name: [pump")]
    [InlineData("  name: {pump")]
    [InlineData("  name: pump\n bad-indent: x")]
    public void Compile_MalformedYaml_ReportsInvalidYaml(string brokenLine)
    {
        var text = ValidRule.Replace("  name: pump-anomaly-retrain", brokenLine, StringComparison.Ordinal);

        using var result = new RuleCompiler().Compile([new RuleSource("broken.yml", text)]);

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.True(diagnostic.Id == "SMR001", diagnostic.ToString());
        Assert.Equal("broken.yml", diagnostic.Path);
        Assert.True(diagnostic.Line >= 4, diagnostic.ToString());
    }

    [Fact]
    public void Compile_TwoFilesWithTheSameRuleName_ReportsBothFiles()
    {
        var sources = new[] { new RuleSource("a/first.yaml", ValidRule), new RuleSource("b/second.yaml", ValidRule) };

        using var result = new RuleCompiler().Compile(sources);

        Assert.False(result.Succeeded);
        var duplicates = result.Diagnostics.Where(d => d.Id == "SMR020").ToList();
        Assert.NotEmpty(duplicates);
        Assert.All(duplicates, d => Assert.Equal(2, d.Line));
        Assert.Contains(duplicates, d => d.Path == "b/second.yaml");
        Assert.All(duplicates, d => Assert.Contains("PumpVibrationRetrain", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Compile_OneBrokenFileAmongGoodOnes_LoadsNothing()
    {
        var broken = ValidRule
            .Replace("PumpVibrationRetrain", "Other", StringComparison.Ordinal)
            .Replace("vibration > 7.1", "lenn(asset_id) > 3", StringComparison.Ordinal);
        var sources = new[] { new RuleSource("good.yaml", ValidRule), new RuleSource("bad.yaml", broken) };

        using var result = new RuleCompiler().Compile(sources);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Rules);
        Assert.Contains(result.Diagnostics, d => d.Id == "SMR012" && d.Path == "bad.yaml" && d.Line == 8);
    }

    [Fact]
    public void CompileFiles_MissingFolder_ThrowsWithThePath()
    {
        var missing = Path.Combine(Path.GetTempPath(), "smr-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<FileNotFoundException>(() => new RuleCompiler().CompileFiles([missing]));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleDiagnostic_WithoutLocation_PrintsPathOnly()
    {
        var diagnostic = new RuleDiagnostic("x.yaml", 0, 0, "SMR999", RuleDiagnosticSeverity.Warning, "Something.");

        Assert.Equal("x.yaml: warning SMR999: Something.", diagnostic.ToString());
    }
}
