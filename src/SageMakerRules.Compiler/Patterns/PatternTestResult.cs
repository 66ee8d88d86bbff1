namespace SageMakerRules.Compiler.Patterns;

/// <summary>The result of <see cref="PatternTester.Test"/>.</summary>
/// <param name="Outcome">Match, no match, or why nothing could be tested.</param>
/// <param name="Reason">
/// For an invalid pattern, EventBridge's message (<c>Event pattern is not valid. Reason: ...</c>) followed by where
/// in the pattern; for an invalid event, what is wrong with it; otherwise null.
/// </param>
public sealed record PatternTestResult(PatternTestOutcome Outcome, string? Reason)
{
    /// <summary>The exit code the command line uses: 0 match, 1 no match, 2 invalid.</summary>
    public int ExitCode =>
        Outcome switch
        {
            PatternTestOutcome.Match => 0,
            PatternTestOutcome.NoMatch => 1,
            _ => 2,
        };
}
