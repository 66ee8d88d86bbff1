using SageMakerRules.Generators.Patterns;

namespace SageMakerRules.Generators.Tests.Patterns;

/// <summary>The pattern size and complexity limits: length, <c>$or</c> combinations, wildcard complexity.</summary>
public sealed class PatternLimitTests
{
    [Fact]
    public void CompileJson_PatternOf4096Characters_IsAccepted()
    {
        var pattern = """{"a":[""" + Text(4088) + "]}";

        Assert.Equal(4096, pattern.Length);
        Assert.NotNull(PatternCompiler.CompileJson(pattern).Model);
    }

    [Fact]
    public void CompileJson_PatternOf4097Characters_IsRejectedWithSmr309()
    {
        var error = PatternCompiler.CompileJson("""{"a":[""" + Text(4089) + "]}").Error!;

        Assert.Equal("SMR309", error.Id);
        Assert.Equal(
            "Event pattern is 4097 characters long written without whitespace; the maximum is 4096",
            error.Reason
        );
        Assert.Equal((1, 1), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void CompileJson_WhitespaceBeyond4096_IsNotCounted()
    {
        var pattern = "{\n  \"a\": [\n    " + Text(4088) + "\n  ]\n}\n";

        Assert.True(pattern.Length > 4096);
        Assert.NotNull(PatternCompiler.CompileJson(pattern).Model);
    }

    [Fact]
    public void CompileJson_EscapesCountAsWritten_IsRejectedWithSmr309()
    {
        var error = PatternCompiler.CompileJson("""{"a":[""" + Text(4100, "\\n") + "]}").Error!;

        Assert.Equal("SMR309", error.Id);
    }

    [Fact]
    public void CompileJson_NineOrsOfTwo_IsAccepted() => Assert.NotNull(PatternCompiler.CompileJson(Ors(9)).Model);

    [Fact]
    public void CompileJson_TenOrsOfTwo_IsRejectedWithSmr310AtTheFirstOr()
    {
        var error = PatternCompiler.CompileJson(Ors(10)).Error!;

        Assert.Equal("SMR310", error.Id);
        Assert.Equal("$or makes 1024 combinations of the pattern; the maximum is 1000", error.Reason);
        Assert.Equal(Ors(10).IndexOf("[{", StringComparison.Ordinal), error.Location.Index);
    }

    [Theory]
    [InlineData("/Users/*/dir/dir/dir/dir/dir/doc.txt")]
    [InlineData("arn:aws:events:*:*:event-bus/*")]
    [InlineData("*a*b*c*d*e*f*g*h*i*j")]
    public void CompileJson_UsualWildcards_AreAccepted(string wildcard) =>
        Assert.NotNull(PatternCompiler.CompileJson(Wildcard(wildcard)).Model);

    [Fact]
    public void CompileJson_LongRepeatAfterWildcard_IsRejectedWithSmr311()
    {
        var error = PatternCompiler.CompileJson(Wildcard("*" + new string('a', 120))).Error!;

        Assert.Equal("SMR311", error.Id);
        Assert.StartsWith("Rule is too complex - try using fewer wildcard characters", error.Reason);
        Assert.Equal("f", error.Where);
    }

    [Fact]
    public void CompileJson_ManyWildcardsInAnythingBut_IsRejectedWithSmr311()
    {
        var values = string.Join(", ", Enumerable.Range(0, 60).Select(i => "\"*x" + i + "*\""));
        var error = PatternCompiler.CompileJson("""{"f": [{"anything-but": {"wildcard": [""" + values + "]}}]}");

        Assert.Equal("SMR311", error.Error?.Id);
    }

    [Fact]
    public void Generator_TooLongYamlPattern_ReportsSmr309AtTheMatchNode()
    {
        var yaml =
            "version: 1\nname: Long\npipeline:\n  name: p\n  displayName: p\nmatch:\n  detail:\n    state: ["
            + string.Join(", ", Enumerable.Range(0, 500).Select(i => "s" + i.ToString("D5")))
            + "]\n";

        var (diagnostics, _) = PatternRuleHarness.Generate([("long.yaml", yaml)]);

        var error = Assert.Single(diagnostics);
        Assert.Equal("SMR309", error.Id);
        Assert.Equal(6, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.StartsWith("match: Event pattern is ", error.GetMessage());
    }

    private static string Text(int length, string unit = "x")
    {
        var body = string.Concat(Enumerable.Repeat(unit, (length - 2) / unit.Length));
        return "\"" + body + "\"";
    }

    private static string Ors(int count) =>
        "{"
        + string.Join(
            ", ",
            Enumerable
                .Range(0, count)
                .Select(i =>
                    $$"""
                    "f{{i}}": {"$or": [{"a": [1]}, {"b": [2]}]}
                    """
                )
        )
        + "}";

    private static string Wildcard(string wildcard) => """{"f": [{"wildcard": """ + "\"" + wildcard + "\"}]}";
}
