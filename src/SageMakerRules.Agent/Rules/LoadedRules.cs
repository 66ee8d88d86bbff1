using SageMakerRules.Compiler;

namespace SageMakerRules.Agent.Rules;

/// <summary>The agent's rules, with the compilation that holds them loaded (unloaded on disposal).</summary>
internal sealed class LoadedRules(IReadOnlyList<IRule> rules, RuleCompilationResult? compilation) : IDisposable
{
    public static LoadedRules None { get; } = new([], null);

    public IReadOnlyList<IRule> Rules { get; } = rules;

    public void Dispose() => compilation?.Dispose();
}
