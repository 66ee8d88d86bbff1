using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Parsing;

namespace SageMakerRules.Generators.Tests.Parsing;

public sealed class YamlSyntaxParserTests
{
    [Fact]
    public void Parse_Mapping_KeepsOrderStylesAndLocations()
    {
        var diagnostics = new DiagnosticBag("/rules/rule.yaml");

        var root = (YamlMapping)YamlSyntaxParser.Parse("name: Pump\nwhen: 'a > 1'\nlist: [1, 2]\n", diagnostics)!;

        Assert.Empty(diagnostics.ToArray());
        Assert.Equal(["name", "when", "list"], root.Entries.Select(entry => entry.Key.Value));
        var when = (YamlScalar)root["when"]!;
        Assert.Equal(("a > 1", YamlScalarStyle.SingleQuoted), (when.Value, when.Style));
        Assert.Equal((1, 6), (when.Span.StartLine, when.Span.StartColumn));
        Assert.Equal(2, ((YamlSequence)root["list"]!).Items.Count);
    }

    [Fact]
    public void Parse_AliasAndNull_ResolvedAndRecognised()
    {
        var diagnostics = new DiagnosticBag("/rules/rule.yaml");

        var root = (YamlMapping)YamlSyntaxParser.Parse("a: &x hello\nb: *x\nc: ~\nd: 'null'\n", diagnostics)!;

        Assert.Equal("hello", ((YamlScalar)root["b"]!).Value);
        Assert.True(((YamlScalar)root["c"]!).IsNull);
        Assert.False(((YamlScalar)root["d"]!).IsNull);
    }

    [Fact]
    public void Parse_SameText_EqualSyntax()
    {
        var text = "name: Pump\nevent: { a: string }\n";

        var first = YamlSyntaxParser.Parse(text, new DiagnosticBag("p"));
        var second = YamlSyntaxParser.Parse(text, new DiagnosticBag("p"));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Parse_DuplicateKey_ReportsAndKeepsFirst()
    {
        var diagnostics = new DiagnosticBag("/rules/rule.yaml");

        var root = (YamlMapping)YamlSyntaxParser.Parse("a: 1\na: 2\n", diagnostics)!;

        Assert.Equal("1", ((YamlScalar)root["a"]!).Value);
        Assert.Equal("SMR025", Assert.Single(diagnostics.ToArray()).Descriptor.Id);
    }
}
