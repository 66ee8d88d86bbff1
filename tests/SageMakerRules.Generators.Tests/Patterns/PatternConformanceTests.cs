using SageMakerRules.Generators.Patterns;
using SageMakerRules.Tests.Conformance;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.Generators.Tests.Patterns;

/// <summary>
/// Runs every EventBridge conformance case: the pattern goes into a rule file's <c>match:</c> (as a YAML block
/// holding the JSON text), is compiled and emitted, and the event is matched with both readers.
/// </summary>
public sealed class PatternConformanceTests
{
    private static readonly Lazy<Dictionary<string, CompiledPattern>> Compiled = new(CompileValidCases);

    public static TheoryData<string> CaseNames() => [.. ConformanceCases.All().Select(c => c.Name)];

    [Fact]
    public void All_ConformanceFolder_HoldsEveryCase()
    {
        var cases = ConformanceCases.All();

        Assert.Equal(82, cases.Count);
        Assert.Equal(21, cases.Count(c => c.IsInvalid));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Compile_ConformanceCase_BehavesAsEventBridge(string name)
    {
        var testCase = ConformanceCases.All().Single(c => c.Name == name);
        var compilation = PatternCompiler.Compile(MatchNode(testCase.PatternText));

        if (testCase.IsInvalid)
        {
            Assert.Null(compilation.Model);
            Assert.Equal(testCase.AwsError, compilation.Error!.EventBridgeMessage);
            return;
        }

        Assert.True(compilation.Model is not null, compilation.Error?.ToString());
        Assert.Equal(testCase.IsMatch, Compiled.Value[name].Matches(testCase.EventJson));
    }

    /// <summary>The <c>match:</c> node of a rule file holding the pattern text as a literal block.</summary>
    internal static YamlNode MatchNode(string patternText)
    {
        var indented = string.Join("\n", patternText.Split('\n').Select(line => "  " + line));
        var yaml = "version: 1\nname: ConformanceRule\nmatch: |\n" + indented + "\n";
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("match")];
    }

    private static Dictionary<string, CompiledPattern> CompileValidCases()
    {
        var valid = ConformanceCases.All().Where(c => !c.IsInvalid).ToList();
        var models = valid.Select(c => PatternHarness.Valid(PatternCompiler.Compile(MatchNode(c.PatternText)), c.Name));
        var compiled = PatternHarness.Compile(models.ToList());
        return valid.Select((c, i) => (c.Name, compiled[i])).ToDictionary(p => p.Name, p => p.Item2);
    }
}
