namespace SageMakerRules;

/// <summary>The result of evaluating one rule against one event.</summary>
/// <remarks>A value type, so that a rule that does not match costs no allocation.</remarks>
public readonly struct RuleEvaluation
{
    private RuleEvaluation(
        RuleOutcome outcome,
        PipelineStartRequest? request,
        EventError? error,
        string? triggerKey,
        string? eventId
    )
    {
        Outcome = outcome;
        Request = request;
        Error = error;
        TriggerKey = triggerKey;
        EventId = eventId;
    }

    /// <summary>What the rule decided.</summary>
    public RuleOutcome Outcome { get; }

    /// <summary>The start request, when <see cref="Outcome"/> is <see cref="RuleOutcome.Matched"/>.</summary>
    public PipelineStartRequest? Request { get; }

    /// <summary>
    /// Why the event could not be handled, when <see cref="Outcome"/> is <see cref="RuleOutcome.Invalid"/>.
    /// </summary>
    public EventError? Error { get; }

    /// <summary>
    /// The value of the trigger's <c>key</c> field as text, when the rule declares a key. Filled for matches, and for
    /// non-matches too when the trigger needs to see every event of a key (a rising edge or a debounce).
    /// </summary>
    public string? TriggerKey { get; }

    /// <summary>
    /// The value of the trigger's <c>id</c> field as text, when the rule declares one and the event matched.
    /// </summary>
    public string? EventId { get; }

    /// <summary>An event that was read and did not satisfy the rule.</summary>
    /// <param name="triggerKey">The trigger key, for triggers that track every event of a key.</param>
    public static RuleEvaluation NotMatched(string? triggerKey = null) =>
        new(RuleOutcome.NotMatched, null, null, triggerKey, null);

    /// <summary>An event that satisfied the rule and was mapped to a start request.</summary>
    public static RuleEvaluation Matched(PipelineStartRequest request, string? triggerKey, string? eventId) =>
        new(RuleOutcome.Matched, request, null, triggerKey, eventId);

    /// <summary>An event that could not be read or mapped.</summary>
    public static RuleEvaluation Invalid(EventError error) => new(RuleOutcome.Invalid, null, error, null, null);
}
