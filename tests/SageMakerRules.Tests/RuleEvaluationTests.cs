namespace SageMakerRules.Tests;

public sealed class RuleEvaluationTests
{
    [Fact]
    public void NotMatched_WithTriggerKey_KeepsKeyAndHasNoRequest()
    {
        var evaluation = RuleEvaluation.NotMatched("pump-7");

        Assert.Equal(RuleOutcome.NotMatched, evaluation.Outcome);
        Assert.Equal("pump-7", evaluation.TriggerKey);
        Assert.Null(evaluation.Request);
        Assert.Null(evaluation.Error);
    }

    [Fact]
    public void TracksEveryEvent_RisingEdge_IsTrue()
    {
        var options = TriggerOptions.Default with { Edge = TriggerEdge.Rising };

        Assert.True(options.TracksEveryEvent);
        Assert.False(TriggerOptions.Default.TracksEveryEvent);
    }
}
