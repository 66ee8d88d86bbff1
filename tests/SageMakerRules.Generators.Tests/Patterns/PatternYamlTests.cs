using SageMakerRules.Generators.Patterns;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.Generators.Tests.Patterns;

public sealed class PatternYamlTests
{
    [Fact]
    public void Compile_YamlMapping_ResolvesScalarsLikeJson()
    {
        var node = MatchNode(
            """
            match:
              source: [aws.ec2, "42"]
              detail:
                count: [42, {numeric: [">", 1.5]}]
                flag: [true, null]
                quoted: ['true']
            """
        );

        var model = PatternCompiler.Compile(node).Model!;

        var kinds = model.Tests.SelectMany(t => t.Matchers).Select(m => m.Kind).ToList();
        Assert.Equal(
            [
                PatternMatcherKind.ExactString,
                PatternMatcherKind.ExactString,
                PatternMatcherKind.ExactNumber,
                PatternMatcherKind.Numeric,
                PatternMatcherKind.ExactTrue,
                PatternMatcherKind.ExactNull,
                PatternMatcherKind.ExactString,
            ],
            kinds
        );
    }

    [Fact]
    public void Compile_YamlMappingError_IsLocatedAtTheYamlNode()
    {
        var node = MatchNode(
            """
            match:
              detail:
                state: [{prefix: [a]}]
            """
        );

        var error = PatternCompiler.Compile(node).Error!;

        Assert.Equal("SMR303", error.Id);
        Assert.Equal(3, error.Location.Line);
        Assert.Equal(22, error.Location.Column);
    }

    [Fact]
    public void Compile_JsonTextInQuotedScalar_IsLocatedInsideTheScalar()
    {
        var node = MatchNode("""match: '{"a": [{"exists": 1}]}'""");

        var error = PatternCompiler.Compile(node).Error!;

        Assert.Equal("SMR306", error.Id);
        Assert.Equal(1, error.Location.Line);
        Assert.Equal(27, error.Location.Column);
    }

    [Fact]
    public void Compile_InvalidJsonInBlock_ReportsTheJsonPosition()
    {
        var node = MatchNode("match: |\n  {'bad': 1}\n");

        var error = PatternCompiler.Compile(node).Error!;

        Assert.Equal("SMR300", error.Id);
        Assert.Equal(
            "match: Unexpected character (''' (code 39)): was expecting double-quote to start field name"
                + " (at 'line 1, column 2 of the JSON')",
            error.Message
        );
        Assert.Equal(2, error.Location.Line);
    }

    [Fact]
    public void ToDiagnostic_Error_CarriesIdFileAndLine()
    {
        var error = PatternCompiler.Compile(MatchNode("match:\n  a: [{numeric: 1}]\n")).Error!;

        var diagnostic = error.ToDiagnostic("rules/pump.yaml");

        Assert.Equal("SMR305", diagnostic.Id);
        Assert.Equal("rules/pump.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(1, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal("match: Value of numeric must be an array. (at 'a')", diagnostic.GetMessage());
    }

    private static YamlNode MatchNode(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return ((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("match")];
    }
}
