namespace SageMakerRules.Generators.Patterns;

/// <summary>The result of compiling a <c>match:</c> node: a model, or the error EventBridge would report.</summary>
public sealed class PatternCompilation
{
    internal PatternCompilation(PatternModel? model, PatternError? error)
    {
        Model = model;
        Error = error;
    }

    /// <summary>The validated pattern; null when the pattern is invalid.</summary>
    public PatternModel? Model { get; }

    /// <summary>Why the pattern is invalid; null when it is valid.</summary>
    public PatternError? Error { get; }
}
