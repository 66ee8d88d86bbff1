using SageMakerRules.Runtime;

namespace SageMakerRules.Tests.Runtime;

public sealed class RuleOperatorsTests
{
    [Fact]
    public void Comparisons_MissingOperand_Unknown()
    {
        Assert.Null(RuleOperators.Greater<double>(null, 1));
        Assert.Null(RuleOperators.Equal(null, "a"));
        Assert.True(RuleOperators.Less<int>(1, 2));
        Assert.False(RuleOperators.Not(RuleOperators.Equal<int>(1, 1)));
    }

    [Fact]
    public void Divide_ByZero_Unknown()
    {
        Assert.Null(RuleOperators.Divide<int>(1, 0));
        Assert.Null(RuleOperators.Remainder<decimal>(1m, 0m));
        Assert.Equal(2, RuleOperators.Divide<int>(5, 2));
    }

    [Fact]
    public void Round_Midpoint_AwayFromZero()
    {
        Assert.Equal(3L, RuleOperators.RoundToLong(2.5));
        Assert.Equal(-3L, RuleOperators.RoundToLong(-2.5m));
        Assert.Equal(2.3, RuleOperators.Round(2.25, 1));
    }

    [Fact]
    public void MinMax_EmptyArray_Unknown()
    {
        Assert.Null(RuleOperators.Max(Array.Empty<double>()));
        Assert.Equal(3, RuleOperators.Max(new[] { 1, 3, 2 }));
        Assert.Equal(TimeSpan.FromMinutes(1), RuleOperators.Abs(TimeSpan.FromMinutes(-1)));
    }
}
