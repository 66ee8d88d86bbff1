using SageMakerRules.Compiler.Patterns;

namespace SageMakerRules.Compiler.Tests.Patterns;

public sealed class PatternTesterTests
{
    private const string Event = """{"source": "plant.pumps", "detail": {"state": "RUNNING", "rms": 9.2}}""";

    [Fact]
    public void Test_MatchingEvent_ReturnsMatchAndExitCodeZero()
    {
        var result = PatternTester.Test("""{"detail": {"rms": [{"numeric": [">", 7.1]}]}}""", Event);

        Assert.Equal(PatternTestOutcome.Match, result.Outcome);
        Assert.Equal(0, result.ExitCode);
        Assert.Null(result.Reason);
    }

    [Fact]
    public void Test_OtherEvent_ReturnsNoMatchAndExitCodeOne()
    {
        var result = PatternTester.Test("""{"detail": {"state": [{"anything-but": "RUNNING"}]}}""", Event);

        Assert.Equal(PatternTestOutcome.NoMatch, result.Outcome);
        Assert.Equal(1, result.ExitCode);
    }

    [Fact]
    public void Test_PatternEventBridgeRejects_ReturnsItsReason()
    {
        var result = PatternTester.Test("""{"detail": {"state": [{"wildcard": "a**"}]}}""", Event);

        Assert.Equal(PatternTestOutcome.InvalidPattern, result.Outcome);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "Event pattern is not valid. Reason: Consecutive wildcard characters at pos 2 (at 'detail.state')",
            result.Reason
        );
    }

    [Fact]
    public void Test_PatternNotJson_ReturnsTheParserReason()
    {
        var result = PatternTester.Test("{'bad': 'quotation'}", Event);

        Assert.Equal(PatternTestOutcome.InvalidPattern, result.Outcome);
        Assert.StartsWith(
            "Event pattern is not valid. Reason: Unexpected character (''' (code 39)): was expecting double-quote",
            result.Reason
        );
    }

    [Theory]
    [InlineData("{\"source\": ")]
    [InlineData("[1, 2]")]
    public void Test_EventNotAJsonObject_ReturnsInvalidEvent(string eventJson)
    {
        var result = PatternTester.Test("""{"source": ["plant.pumps"]}""", eventJson);

        Assert.Equal(PatternTestOutcome.InvalidEvent, result.Outcome);
        Assert.Equal(2, result.ExitCode);
        Assert.NotNull(result.Reason);
    }

    [Fact]
    public void Test_IndentedTextWithDuplicateKeys_IsReadAsEventBridgeReadsIt()
    {
        const string Pattern =
            "    {\n  \"detail\": {\n    \"state\": [{\"prefix\": \"x\"}],\n"
            + "    \"state\": [{\"anything-but\": \"RUNNING\"}]\n  }\n}\n";

        Assert.Equal(PatternTestOutcome.NoMatch, PatternTester.Test(Pattern, Event).Outcome);
        Assert.Equal(PatternTestOutcome.Match, PatternTester.Test(Pattern, Event.Replace("RUNNING", "x1")).Outcome);
    }
}
