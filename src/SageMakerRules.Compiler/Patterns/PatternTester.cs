using System.Text;
using SageMakerRules.Generators.Patterns;

namespace SageMakerRules.Compiler.Patterns;

/// <summary>
/// Tests events against an EventBridge event pattern given as JSON text. The pattern is validated with the
/// generator's own pattern stage (for EventBridge's exact reason), then wrapped in a synthetic rule whose
/// <c>match:</c> holds the text and compiled through <see cref="RuleCompiler"/>, so the matcher is the one a rule
/// file gets at build time and in the agent.
/// </summary>
public static class PatternTester
{
    private const string RuleName = "TestPattern";

    /// <summary>Tests <paramref name="eventJson"/> against <paramref name="patternText"/>.</summary>
    /// <param name="patternText">The pattern, as EventBridge takes it: JSON text.</param>
    /// <param name="eventJson">The event, a JSON object.</param>
    /// <param name="cancellationToken">Stops the compilation.</param>
    /// <returns>Match, no match, or why the pattern or the event is invalid.</returns>
    public static PatternTestResult Test(
        string patternText,
        string eventJson,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(patternText);
        ArgumentNullException.ThrowIfNull(eventJson);

        var compilation = PatternCompiler.CompileJson(patternText);
        if (compilation.Error is { } error)
        {
            var where = error.Where.Length == 0 ? "" : $" (at '{error.Where}')";
            return new PatternTestResult(PatternTestOutcome.InvalidPattern, error.EventBridgeMessage + where);
        }

        using var rules = new RuleCompiler().Compile(
            [new RuleSource("test-pattern.yaml", RuleYaml(patternText))],
            cancellationToken
        );
        if (!rules.Succeeded)
        {
            var reasons = string.Join(Environment.NewLine, rules.Diagnostics.Select(d => d.ToString()));
            return new PatternTestResult(PatternTestOutcome.InvalidPattern, reasons);
        }

        var evaluation = rules.Rules.Single().Evaluate(Encoding.UTF8.GetBytes(eventJson));
        return evaluation.Outcome switch
        {
            RuleOutcome.Matched => new PatternTestResult(PatternTestOutcome.Match, null),
            RuleOutcome.NotMatched => new PatternTestResult(PatternTestOutcome.NoMatch, null),
            _ => new PatternTestResult(PatternTestOutcome.InvalidEvent, evaluation.Error?.Message),
        };
    }

    /// <summary>The synthetic rule file: the pattern text, byte for byte, in a YAML literal block.</summary>
    private static string RuleYaml(string patternText)
    {
        var lines = patternText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var block = string.Join("\n", lines.Select(line => "  " + line));
        return $"""
            version: 1
            name: {RuleName}
            pipeline:
              name: test-pattern
              displayName: test-pattern
            match: |2-
            {block}

            """;
    }
}
