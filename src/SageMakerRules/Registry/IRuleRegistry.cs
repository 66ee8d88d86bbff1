namespace SageMakerRules;

/// <summary>Every rule compiled into one assembly. The generator emits one implementation per assembly.</summary>
public interface IRuleRegistry
{
    /// <summary>The rules, ordered by name.</summary>
    IReadOnlyList<IRule> Rules { get; }
}
