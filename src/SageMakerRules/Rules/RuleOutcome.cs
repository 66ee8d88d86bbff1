namespace SageMakerRules;

/// <summary>What evaluating a rule against one event decided.</summary>
public enum RuleOutcome
{
    /// <summary>The event was read, and the rule's condition is false or unknown (a missing value).</summary>
    NotMatched,

    /// <summary>The condition holds; <see cref="RuleEvaluation.Request"/> holds the start request.</summary>
    Matched,

    /// <summary>The event could not be read or mapped; <see cref="RuleEvaluation.Error"/> says why.</summary>
    Invalid,
}
