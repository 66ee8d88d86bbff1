using System.Text;
using System.Text.RegularExpressions;

namespace SageMakerRules.Compiler.Tests;

/// <summary>
/// Keeps docs/mapping-language.md true: its complete example and its two truth tables are compiled and run as written.
/// </summary>
public sealed partial class DocumentationTests
{
    private static readonly Lazy<string> _document = new(() =>
        File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "mapping-language.md"))
    );

    [Fact]
    public void CompleteRuleExample_DocumentedEvent_StartsWhatTheDocumentSays()
    {
        var yaml = CodeBlocks("yaml").First();
        var json = CodeBlocks("json").First().Replace("\n", "", StringComparison.Ordinal);

        using var result = new RuleCompiler().Compile([new RuleSource("complete.yaml", yaml)]);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var evaluation = result.Rules[0].Evaluate(Encoding.UTF8.GetBytes(json));

        Assert.Equal(RuleOutcome.Matched, evaluation.Outcome);
        var request = evaluation.Request!;
        Assert.Equal("pump-anomaly-retrain", request.PipelineName);
        Assert.Equal(3, request.PipelineVersionId);
        Assert.Equal("pump-P-101", request.DisplayName);
        Assert.Equal(
            ["AssetId=P-101", "VibrationRms=7.420", "ObservedAt=2026-12-03T08:15:00Z", "Mode=retrain"],
            request.Parameters.Select(p => $"{p.Name}={p.Value}")
        );
    }

    [Fact]
    public void MissingValueTable_EveryCell_HoldsForTheCompiledExpression()
    {
        var table = Table("| `pressure` in the event |");
        var events = table.Rows.Select(row =>
            row[0] switch
            {
                "(absent)" => "{}",
                var value => "{\"pressure\":" + value.Trim('`') + "}",
            }
        );

        AssertTable(table, "  pressure: double?", events.ToList(), firstExpressionColumn: 1);
    }

    [Fact]
    public void LogicTable_EveryCell_HoldsForTheCompiledExpression()
    {
        var table = Table("| `a` | `b` |");
        var events = table.Rows.Select(row => "{" + Property("a", row[0]) + "," + Property("b", row[1]) + "}");

        AssertTable(table, "  a: bool?\n  b: bool?", events.ToList(), firstExpressionColumn: 2);
    }

    private static void AssertTable(DocTable table, string fields, List<string> events, int firstExpressionColumn)
    {
        var expressions = table.Header.Skip(firstExpressionColumn).ToList();
        var sources = expressions.SelectMany(
            (expression, i) =>
                new[] { RuleFor($"Holds{i}", fields, expression), RuleFor($"Negated{i}", fields, $"!({expression})") }
        );
        using var result = new RuleCompiler().Compile(sources);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));

        for (var row = 0; row < events.Count; row++)
        {
            for (var i = 0; i < expressions.Count; i++)
            {
                var actual = Truth(result, i, Encoding.UTF8.GetBytes(events[row]));
                var expected = table.Rows[row][firstExpressionColumn + i];
                Assert.True(
                    expected == actual,
                    $"{expressions[i]} on {events[row]}: document {expected}, got {actual}"
                );
            }
        }
    }

    private static string Truth(RuleCompilationResult result, int index, byte[] utf8Event)
    {
        var holds = result.Rules.Single(r => r.Name == $"Holds{index}").Evaluate(utf8Event).Outcome;
        var negated = result.Rules.Single(r => r.Name == $"Negated{index}").Evaluate(utf8Event).Outcome;

        return (holds, negated) switch
        {
            (RuleOutcome.Matched, RuleOutcome.NotMatched) => "true",
            (RuleOutcome.NotMatched, RuleOutcome.Matched) => "false",
            (RuleOutcome.NotMatched, RuleOutcome.NotMatched) => "unknown",
            _ => $"{holds}/{negated}",
        };
    }

    private static RuleSource RuleFor(string name, string fields, string expression) =>
        new(
            name + ".yaml",
            $"version: 1\nname: {name}\npipeline:\n  name: truth-table\nevent:\n{fields}\n"
                + $"when: \"{expression.Replace("\"", "\\\"", StringComparison.Ordinal)}\"\n"
        );

    private static string Property(string name, string truth) =>
        truth == "unknown" ? $"\"{name}\":null" : $"\"{name}\":{truth}";

    private static IEnumerable<string> CodeBlocks(string language) =>
        CodeBlock()
            .Matches(_document.Value)
            .Where(match => match.Groups[1].Value == language)
            .Select(match => match.Groups[2].Value);

    private static DocTable Table(string headerStart)
    {
        var lines = _document.Value.Split('\n');
        var start = Array.FindIndex(lines, line => line.StartsWith(headerStart, StringComparison.Ordinal));
        Assert.True(start >= 0, $"The table starting with '{headerStart}' is not in the document.");
        var rows = lines.Skip(start + 2).TakeWhile(line => line.StartsWith('|')).Select(Cells).ToList();

        return new DocTable(Cells(lines[start]).Select(cell => cell.Trim('`')).ToList(), rows);
    }

    private static List<string> Cells(string line) =>
        [
            .. line.Replace("\\|", "\u0001", StringComparison.Ordinal)
                .Trim()
                .Trim('|')
                .Split('|')
                .Select(cell => cell.Trim().Replace('\u0001', '|')),
        ];

    [GeneratedRegex(@"^```(\w+)\n(.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    private sealed record DocTable(List<string> Header, List<List<string>> Rows);
}
