using SageMakerRules.Generators.Patterns;
using SageMakerRules.Tests.Conformance;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.Generators.Tests.Patterns;

/// <summary>
/// Validates every EventBridge conformance case's pattern as a rule file's <c>match:</c> (a YAML block holding the
/// JSON text): invalid ones give AWS's exact message, valid ones a model. <see cref="PatternRuleTests"/> runs the
/// events through the generated rules.
/// </summary>
public sealed class PatternConformanceTests
{
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
        Assert.NotEmpty(compilation.Model!.Paths);
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
}
