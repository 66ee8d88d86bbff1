namespace SageMakerRules.Compiler.Patterns;

/// <summary>What testing an event against an EventBridge pattern found.</summary>
public enum PatternTestOutcome
{
    /// <summary>The pattern matches the event.</summary>
    Match,

    /// <summary>The pattern does not match the event.</summary>
    NoMatch,

    /// <summary>EventBridge would reject the pattern.</summary>
    InvalidPattern,

    /// <summary>The event is not a JSON object.</summary>
    InvalidEvent,
}
