using System.Text;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Behaviour;

/// <summary>
/// Events whose JSON is well formed but whose escapes do not decode to Unicode text (a lone UTF-16 surrogate):
/// each ends as an invalid evaluation naming the problem, never as an exception out of the rule.
/// </summary>
public sealed class InvalidTextTests
{
    private static readonly Lazy<IRule> s_rule = new(() => GeneratorHarness.LoadRule(Rules.Pump));

    private const string Rest =
        "\"event_id\":\"e-1\",\"status\":\"RUNNING\",\"timestamp\":\"2024-05-06T07:08:09Z\","
        + "\"sensors\":{\"vibration\":{\"rms\":7.5}}";

    public static TheoryData<string> Events() =>
        new()
        {
            "{\"\\ud800\":1,\"asset_id\":\"P-7\"," + Rest + "}",
            "{\"asset_id\":\"P-\\ud800\"," + Rest + "}",
            "{\"asset_id\":\"P-7\",\"sensors\":{\"\\udc00\":1}," + Rest + "}",
        };

    [Theory]
    [MemberData(nameof(Events))]
    public void Evaluate_LoneSurrogateEscape_InvalidNotThrown(string json)
    {
        var evaluation = s_rule.Value.Evaluate(Encoding.UTF8.GetBytes(json));

        Assert.Equal(RuleOutcome.Invalid, evaluation.Outcome);
        Assert.Equal(EventErrorKind.MalformedJson, evaluation.Error!.Kind);
        Assert.StartsWith("The event holds an escape that does not decode to Unicode text", evaluation.Error.Message);
    }

    [Fact]
    public void Evaluate_LoneSurrogateInAValueNoFieldReads_IgnoredLikeTheRestOfThatValue()
    {
        var json = "{\"asset_id\":\"P-7\",\"note\":\"\\ud800\"," + Rest + "}";

        var evaluation = s_rule.Value.Evaluate(Encoding.UTF8.GetBytes(json));

        Assert.Equal(RuleOutcome.Matched, evaluation.Outcome);
    }
}
