using System.Text;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Behaviour;

public sealed class AllocationTests
{
    [Fact]
    public void Evaluate_NonMatchingEvent_AllocatesNothing()
    {
        var rule = GeneratorHarness.LoadRule(
            Rules
                .Pump.Replace("edge: rising", "edge: none")
                .Replace("debounce: { events: 3, duration: 2m }", "debounce: {}")
        );
        var events = new[]
        {
            """{"asset_id":"P-7","status":"IDLE","timestamp":"2024-05-06T07:08:09Z","extra":[1,{"a":"b"}],"sensors":{"vibration":{"rms":9.5}}}""",
            """{"asset_id":"P-8","status":"RUNNING","timestamp":"2024-05-06T07:08:09Z","sensors":{"vibration":{"rms":1.5}}}""",
            """{"asset_id":"P-9","status":"RUNN\u0049NG","timestamp":"2024-05-06T07:08:09Z","sensors":{"vibration":{"rms":1.5}}}""",
        }
            .Select(Encoding.UTF8.GetBytes)
            .ToArray();
        foreach (var utf8 in events)
        {
            Assert.Equal(RuleOutcome.NotMatched, rule.Evaluate(utf8).Outcome);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            foreach (var utf8 in events)
            {
                rule.Evaluate(utf8);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Evaluate_ArrayFieldOnlyInTemplates_NonMatchingEventAllocatesNothing()
    {
        var rule = GeneratorHarness.LoadRule(
            """
            version: 1
            name: ArraysInTemplates
            pipeline: { name: p }
            event: { status: string, readings: "double[]", tags: "string[]?" }
            when: status == 'RUNNING'
            parameters: { Readings: "{readings}", Tags: "{tags}" }
            """
        );
        var idle = Encoding.UTF8.GetBytes("""{"status":"IDLE","readings":[1.5,2,3e2],"tags":["a","b\u0021"]}""");
        Assert.Equal(RuleOutcome.NotMatched, rule.Evaluate(idle).Outcome);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            rule.Evaluate(idle);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        var running = Encoding.UTF8.GetBytes("""{"status":"RUNNING","readings":[1.5,2,3e2],"tags":["a","b\u0021"]}""");
        var parameters = rule.Evaluate(running).Request!.Parameters;
        Assert.Equal([new("Readings", "1.5,2,300"), new("Tags", "a,b!")], parameters.ToArray());
    }

    [Fact]
    public void Evaluate_ArrayWithWrongElementNotInCondition_StillInvalid()
    {
        var rule = GeneratorHarness.LoadRule(
            """
            version: 1
            name: ArrayElements
            pipeline: { name: p }
            event: { status: string, readings: "double[]" }
            when: status == 'RUNNING'
            """
        );

        var evaluation = rule.Evaluate("""{"status":"IDLE","readings":[1,"x"]}"""u8);

        Assert.Equal(RuleOutcome.Invalid, evaluation.Outcome);
        Assert.Equal("readings", evaluation.Error!.Field);
    }
}
