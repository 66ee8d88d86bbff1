namespace SageMakerRules.Tests.Conformance;

/// <summary>
/// One EventBridge conformance case from <c>shared/conformance/eventbridge-patterns</c>: an event, a pattern and
/// what AWS answered. Shared by the generator tests and the command line tests (linked as a source file).
/// </summary>
/// <param name="Name">The case name.</param>
/// <param name="Expected"><c>match</c>, <c>no-match</c> or <c>invalid</c>.</param>
/// <param name="EventJson">The event as JSON text.</param>
/// <param name="PatternText">The pattern as JSON text (byte for byte when the case gives <c>patternText</c>).</param>
/// <param name="AwsError">For invalid cases, AWS's message (<c>Event pattern is not valid. Reason: ...</c>).</param>
/// <param name="Family">The operator family the case exercises.</param>
public sealed record ConformanceCase(
    string Name,
    string Expected,
    string EventJson,
    string PatternText,
    string? AwsError,
    string Family
)
{
    /// <summary>True when AWS matched the event.</summary>
    public bool IsMatch => Expected == "match";

    /// <summary>True when AWS rejected the pattern.</summary>
    public bool IsInvalid => Expected == "invalid";

    /// <summary>AWS's reason (the text after <c>Reason: </c>), for invalid cases.</summary>
    public string? AwsReason =>
        AwsError is null ? null : AwsError[(AwsError.IndexOf("Reason: ", StringComparison.Ordinal) + 8)..];

    /// <inheritdoc />
    public override string ToString() => Name;
}
