using SageMakerRules.Runtime;

namespace SageMakerRules.Tests.Runtime;

public sealed class RuleTextTests
{
    [Theory]
    [InlineData("pump-P-7", "pump-P-7")]
    [InlineData("_pump 7/#1_", "pump-7--1")]
    [InlineData("---", null)]
    [InlineData("", null)]
    [InlineData("\u00e9t\u00e9-1", "t--1")]
    public void SanitizeDisplayName_Text_MatchesSageMakerPattern(string text, string? expected)
    {
        Assert.Equal(expected, RuleText.SanitizeDisplayName(text));
    }

    [Fact]
    public void SanitizeDisplayName_LongText_CutTo82WithoutTrailingHyphen()
    {
        var name = RuleText.SanitizeDisplayName(new string('a', 81) + "-b" + new string('c', 10))!;

        Assert.Equal(new string('a', 81), name);
    }

    [Fact]
    public void CheckParameter_Over1024Characters_InvalidParameter()
    {
        Assert.Null(RuleText.CheckParameter("P", new string('x', 1024)));

        var error = RuleText.CheckParameter("P", new string('x', 1025))!;

        Assert.Equal(EventErrorKind.InvalidParameter, error.Kind);
        Assert.Equal("P", error.Field);
    }

    [Fact]
    public void Join_Doubles_InvariantCommaSeparated()
    {
        Assert.Equal("1.5,2", RuleText.Join(new[] { 1.5, 2.0 }));
        Assert.Equal("true,false", RuleText.Join(new[] { true, false }));
        Assert.Null(RuleText.Join((string[]?)null));
    }
}
