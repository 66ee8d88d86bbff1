using System.Text;

namespace SageMakerRules.Generators.Tests.Patterns;

public sealed class PatternAllocationTests
{
    /// <summary>Five conditions: exact, prefix, numeric range, anything-but, equals-ignore-case.</summary>
    internal const string FiveConditionPattern = """
        {
          "source": ["plant.pumps"],
          "detail": {
            "asset": [{"prefix": "PUMP-"}],
            "vibration": [{"numeric": [">", 7.1, "<=", 50]}],
            "status": [{"anything-but": ["STOPPED", "MAINTENANCE"]}],
            "site": [{"equals-ignore-case": "rotterdam"}]
          }
        }
        """;

    /// <summary>A 300-byte event that matches <see cref="FiveConditionPattern"/>.</summary>
    internal const string MatchingEvent = """
        {"version":"0","id":"6a7e8feb-b491-4cf7-a9f1-bf3703467718","source":"plant.pumps","time":"2026-12-03T10:15:00Z",
        "detail-type":"Pump reading","detail":{"asset":"PUMP-0042","vibration":9.25,"temperature":71.5,"status":"RUNNING",
        "site":"Rotterdam","line":"L2","tags":["north","critical"],"escaped":"caf\u00e9"}}
        """;

    [Fact]
    public void Matches_FiveConditionsOnUtf8Event_AllocatesNothing()
    {
        var pattern = PatternHarness.CompileJson(FiveConditionPattern);
        var bytes = Encoding.UTF8.GetBytes(MatchingEvent.ReplaceLineEndings(""));
        Assert.InRange(bytes.Length, 280, 320);
        Assert.True(pattern.Utf8(bytes));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            pattern.Utf8(bytes);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Evaluate_RuleWithPatternOverArrayOfObjects_AllocatesNothing()
    {
        var rule = PatternRuleHarness.Load([("arrays.yaml", PatternSinglePassTests.ArraysYaml)])["ObjectOrArray"];
        var bytes = Encoding.UTF8.GetBytes(
            """{"detail":[{"site":"plant-1","line":"M1","rms":2},{"site":"plant-2","line":"L2"}],"x":[1,{"a":2}]}"""
        );
        Assert.Equal(RuleOutcome.NotMatched, rule.Evaluate(bytes).Outcome);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            rule.Evaluate(bytes);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Matches_EscapedStringsAndCidrAndWildcard_AllocateNothing()
    {
        var pattern = PatternHarness.CompileJson(
            """{"a": [{"wildcard": "x*y*z"}], "ip": [{"cidr": "2001:db8::/32"}], "e": [{"suffix": "\u00e9"}]}"""
        );
        var bytes = Encoding.UTF8.GetBytes("""{"a": "x-y-z", "ip": "2001:db8::1", "e": "caf\u00e9"}""");
        Assert.True(pattern.Utf8(bytes));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            pattern.Utf8(bytes);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
