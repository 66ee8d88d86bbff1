using System.Text;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Generators.Tests.Patterns;

/// <summary>
/// Rules whose typed fields and <c>match:</c> pattern read the same paths, in the one pass of the rule's UTF-8
/// reader: shared values, values a field reads by index, dotted keys, and objects the event sends as arrays.
/// </summary>
public sealed class PatternSinglePassTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, IRule>> Rules = new(() =>
        PatternRuleHarness.Load(
            [
                ("shared.yaml", SharedYaml),
                ("indexed.yaml", IndexedYaml),
                ("dotted.yaml", DottedYaml),
                ("arrays.yaml", ArraysYaml),
            ]
        )
    );

    private const string Head = "version: 1\npipeline:\n  name: p\n  displayName: p\n";

    internal const string SharedYaml =
        Head
        + """
            name: SharedPaths
            event:
              rms: { type: double, path: /detail/rms }
              tags: string[]
            parameters:
              Rms: "{rms}"
            match:
              detail: { rms: [{numeric: [">", 7]}], site: [plant-1] }
              tags: [critical]
            """;

    private const string IndexedYaml =
        Head
        + """
            name: IndexedField
            event:
              first: { type: string, path: /items/0/name }
            parameters:
              First: "{first}"
            match:
              items: { name: [pump] }
            """;

    private const string DottedYaml =
        Head
        + """
            name: DottedKey
            event:
              dotted: { type: string?, path: /a.b }
              nested: { type: string?, path: /a/b }
            parameters:
              Dotted: "{dotted}"
              Nested: "{nested}"
            match:
              a: { b: [x] }
            """;

    internal const string ArraysYaml =
        Head
        + """
            name: ObjectOrArray
            event:
              rms: { type: double?, path: /detail/rms }
            match:
              detail: { site: [plant-1], line: [{prefix: L}] }
            """;

    [Theory]
    [InlineData("""{"detail":{"rms":9.5,"site":"plant-1"},"tags":["north","critical"]}""", "Matched", "Rms=9.5")]
    [InlineData("""{"tags":["critical"],"detail":{"site":"plant-1","rms":7.5}}""", "Matched", "Rms=7.5")]
    [InlineData("""{"detail":{"rms":9.5,"site":"plant-2"},"tags":["critical"]}""", "NotMatched", "")]
    [InlineData("""{"detail":{"rms":6.5,"site":"plant-1"},"tags":["critical"]}""", "NotMatched", "")]
    [InlineData("""{"detail":{"rms":9.5,"site":"plant-1"},"tags":["north"]}""", "NotMatched", "")]
    [InlineData("""{"detail":{"rms":"high","site":"plant-1"},"tags":["critical"]}""", "Invalid", "")]
    public void Evaluate_FieldsAndPatternOnSamePaths_ReadsBoth(string json, string outcome, string parameters) =>
        AssertEvaluation("SharedPaths", json, outcome, parameters);

    [Theory]
    [InlineData("""{"items":[{"name":"valve"},{"name":"pump"}]}""", "Matched", "First=valve")]
    [InlineData("""{"items":[{"name":"pump"}]}""", "Matched", "First=pump")]
    [InlineData("""{"items":[{"name":"valve"}]}""", "NotMatched", "")]
    [InlineData("""{"items":{"name":"pump","0":{"name":"first"}}}""", "Matched", "First=first")]
    public void Evaluate_FieldReadByIndexUnderPatternArray_ReadsBoth(string json, string outcome, string parameters) =>
        AssertEvaluation("IndexedField", json, outcome, parameters);

    [Theory]
    [InlineData("""{"a.b":"x"}""", "Matched", "Dotted=x,Nested=")]
    [InlineData("""{"a":{"b":"x"}}""", "Matched", "Dotted=,Nested=x")]
    [InlineData("""{"a.b":"y","a":{"b":"z"}}""", "NotMatched", "")]
    public void Evaluate_DottedKeyReadByFieldAndPattern_ReadsBoth(string json, string outcome, string parameters) =>
        AssertEvaluation("DottedKey", json, outcome, parameters);

    [Theory]
    [InlineData("""{"detail":[{"site":"plant-2","line":"L1"},{"site":"plant-1","line":"L2"}]}""", "Matched")]
    [InlineData("""{"detail":[{"site":"plant-1","line":"M1"},{"site":"plant-2","line":"L2"}]}""", "NotMatched")]
    [InlineData("""{"detail":{"rms":3,"site":"plant-1","line":"L7"}}""", "Matched")]
    [InlineData("""{"detail":"plant-1"}""", "NotMatched")]
    public void Evaluate_PatternObjectSentAsArray_PatternReadsElements(string json, string outcome) =>
        AssertEvaluation("ObjectOrArray", json, outcome, null);

    [Fact]
    public void Generate_RuleWithMatch_ReadsTheEventOnce()
    {
        var (_, output) = PatternRuleHarness.Generate([("shared.yaml", SharedYaml)]);
        var source = output.SyntaxTrees.Single(tree => tree.ToString().Contains("class SharedPaths")).ToString();

        Assert.Equal(1, Count(source, "new Utf8JsonReader(utf8Event)"));
        Assert.DoesNotContain("PatternScan(ref scan", source);
        Assert.Contains("PatternVisit", source[source.IndexOf("class Utf8Reader", StringComparison.Ordinal)..]);
    }

    private static void AssertEvaluation(string rule, string json, string outcome, string? parameters)
    {
        var utf8 = Rules.Value[rule].Evaluate(Encoding.UTF8.GetBytes(json));
        var token = Rules.Value[rule].Evaluate(JObject.Parse(json));

        Assert.Equal(outcome, utf8.Outcome.ToString());
        Assert.Equal(outcome, token.Outcome.ToString());
        if (parameters is not null && utf8.Request is { } request)
        {
            Assert.Equal(parameters, Describe(request));
            Assert.Equal(parameters, Describe(token.Request!));
        }
    }

    private static string Describe(PipelineStartRequest request) =>
        string.Join(",", request.Parameters.Select(p => p.Name + "=" + p.Value));

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
