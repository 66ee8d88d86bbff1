using Microsoft.CodeAnalysis;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Diagnostics;

/// <summary>
/// A UTF-16 surrogate without its other half in a rule file is not Unicode text, and no <c>"..."u8</c> literal can
/// hold it: wherever it stands (a field path, a template, an expression literal, a comment) the file gets SMR001 at
/// that character instead of generated code that does not compile. The files are built here rather than passed as
/// theory data, because the test runner does not carry lone surrogates through its case data unchanged.
/// </summary>
public sealed class LoneSurrogateTests
{
    private const string Head = "version: 1\nname: Lone\npipeline: { name: p }\nevent:\n";

    private static readonly Dictionary<string, (string Yaml, int Line, int Column, string Code, string Half)> s_cases =
        new()
        {
            ["field path"] = (Head + "  x: { type: string, path: \"/a\uD800b\" }\n", 5, 31, "U+D800", "low"),
            ["json pointer segment"] = (Head + "  x: { type: string, path: /a/\uDBFF }\n", 5, 31, "U+DBFF", "low"),
            ["template"] = (Head + "  x: string\nparameters:\n  X: a\uD800{x}\n", 7, 7, "U+D800", "low"),
            ["expression literal"] = (Head + "  x: string\nwhen: x == 'a\uDC00'\n", 6, 14, "U+DC00", "high"),
            ["reversed pair"] = (Head + "  x: string\nwhen: x == '\uDE00\uD83D'\n", 6, 13, "U+DE00", "high"),
            ["comment"] = (Head + "  x: string # \uD83D\uDE00 \uD800\n", 5, 18, "U+D800", "low"),
            ["end of file"] = (Head + "  x: string\n# \uD83D", 6, 3, "U+D83D", "low"),
        };

    [Theory]
    [InlineData("field path")]
    [InlineData("json pointer segment")]
    [InlineData("template")]
    [InlineData("expression literal")]
    [InlineData("reversed pair")]
    [InlineData("comment")]
    [InlineData("end of file")]
    public void Run_LoneSurrogate_ReportsInvalidYamlAtTheCharacter(string name)
    {
        var (yaml, line, column, code, half) = s_cases[name];

        var outcome = GeneratorHarness.Run(yaml);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        var position = diagnostic.Location.GetLineSpan();
        Assert.Equal("SMR001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            (line, column, line, column + 1),
            (
                position.StartLinePosition.Line + 1,
                position.StartLinePosition.Character + 1,
                position.EndLinePosition.Line + 1,
                position.EndLinePosition.Character + 1
            )
        );
        Assert.Equal(
            $"The rule file is not valid YAML: the text holds {code}, a UTF-16 surrogate without its {half} half, "
                + "which is not a Unicode character; remove it or write the character it was meant to be "
                + "(save the file as UTF-8)",
            diagnostic.GetMessage()
        );
        Assert.Empty(outcome.HintNames);
    }

    [Fact]
    public void Run_EscapedLoneSurrogateInDoubleQuotes_ReportsYamlDotNetsReason()
    {
        var outcome = GeneratorHarness.Run(Head + "  x: { type: string, path: \"/a\\uD800b\" }\n");

        var diagnostic = Assert.Single(outcome.Diagnostics);
        var position = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal("SMR001", diagnostic.Id);
        Assert.Equal((5, 28), (position.Line + 1, position.Character + 1));
        Assert.Equal(
            "The rule file is not valid YAML: While scanning a quoted scalar, found invalid Unicode surrogates.",
            diagnostic.GetMessage()
        );
    }
}
