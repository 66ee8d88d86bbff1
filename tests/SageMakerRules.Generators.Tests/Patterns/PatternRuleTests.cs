using System.Text;
using Newtonsoft.Json.Linq;
using SageMakerRules.Tests.Conformance;

namespace SageMakerRules.Generators.Tests.Patterns;

/// <summary>
/// <c>match:</c> through the real generator: every conformance case as a rule file (the pattern as JSON text in a
/// YAML block), generated, compiled and evaluated with the rule's UTF-8 and JObject readers.
/// </summary>
public sealed class PatternRuleTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, IRule>> Rules = new(() =>
        PatternRuleHarness.Load(ConformanceCases.All().Where(c => !c.IsInvalid).Select(File))
    );

    public static TheoryData<string> CaseNames() => [.. ConformanceCases.All().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Generator_ConformanceCase_BehavesAsEventBridge(string name)
    {
        var testCase = ConformanceCases.All().Single(c => c.Name == name);
        if (testCase.IsInvalid)
        {
            var (diagnostics, _) = PatternRuleHarness.Generate([File(testCase)]);
            var error = Assert.Single(diagnostics);
            Assert.StartsWith("SMR3", error.Id);
            Assert.StartsWith("match: " + testCase.AwsReason, error.GetMessage());
            Assert.Equal(testCase.Name + ".yaml", error.Location.GetLineSpan().Path);
            return;
        }

        var rule = Rules.Value[RuleName(testCase)];
        var expected = testCase.IsMatch ? RuleOutcome.Matched : RuleOutcome.NotMatched;
        Assert.Equal(expected, rule.Evaluate(Encoding.UTF8.GetBytes(testCase.EventJson)).Outcome);
        Assert.Equal(expected, rule.Evaluate(JObject.Parse(testCase.EventJson)).Outcome);
    }

    [Fact]
    public void Generator_YamlMappingPattern_MatchesWithWhen()
    {
        const string Yaml = """
            version: 1
            name: PumpPattern
            pipeline:
              name: pump-retrain
              displayName: "pump-{rms}"
            event:
              rms: { type: double, path: /detail/rms }
            when: rms < 40
            match:
              source: [plant.pumps]
              detail:
                rms: [{numeric: [">", 7.1]}]
                site: [{equals-ignore-case: rotterdam}]
            """;
        var rule = PatternRuleHarness.Load([("pump.yaml", Yaml)])["PumpPattern"];

        Assert.Equal(
            RuleOutcome.Matched,
            Evaluate(rule, """{"source":"plant.pumps","detail":{"rms":9,"site":"ROTTERDAM"}}""")
        );
        Assert.Equal(
            RuleOutcome.NotMatched,
            Evaluate(rule, """{"source":"plant.pumps","detail":{"rms":50,"site":"Rotterdam"}}""")
        );
        Assert.Equal(
            RuleOutcome.NotMatched,
            Evaluate(rule, """{"source":"plant.pumps","detail":{"rms":9,"site":"Delft"}}""")
        );
    }

    [Theory]
    [InlineData("match:\n  detail:\n    state: [{prefix: [a]}]\n", "SMR303", 7, 21)]
    [InlineData("match: '{\"a\": [{\"exists\": 1}]}'\n", "SMR306", 5, 26)]
    [InlineData("match: |\n  {\"a\": [1],\n   \"b\": {}}\n", "SMR301", 7, 6)]
    public void Generator_InvalidPattern_ReportsAtTheYamlPosition(string match, string id, int line, int column)
    {
        var yaml = "version: 1\nname: Bad\npipeline:\n  name: p\n  displayName: p\n" + match;

        var (diagnostics, _) = PatternRuleHarness.Generate([("bad.yaml", yaml)]);

        var error = Assert.Single(diagnostics);
        Assert.Equal(id, error.Id);
        Assert.Equal(line, error.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(column, error.Location.GetLineSpan().StartLinePosition.Character);
    }

    private static RuleOutcome Evaluate(IRule rule, string json)
    {
        var utf8 = rule.Evaluate(Encoding.UTF8.GetBytes(json)).Outcome;
        Assert.Equal(utf8, rule.Evaluate(JObject.Parse(json)).Outcome);
        return utf8;
    }

    private static (string Path, string Yaml) File(ConformanceCase testCase)
    {
        var block = "|\n" + string.Join("\n", testCase.PatternText.Split('\n').Select(line => "  " + line));
        return (testCase.Name + ".yaml", PatternRuleHarness.RuleYaml(RuleName(testCase), block));
    }

    private static string RuleName(ConformanceCase testCase) =>
        "Case" + new string(testCase.Name.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
}
