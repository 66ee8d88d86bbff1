using System.Reflection;
using System.Runtime.Loader;

namespace SageMakerRules.Compiler;

/// <summary>
/// The outcome of compiling or loading rules: the rules, or the diagnostics that prevented them. The rules live in a
/// collectible load context; disposing the result unloads it, after which the rules must no longer be used.
/// </summary>
public sealed class RuleCompilationResult : IDisposable
{
    private AssemblyLoadContext? _context;

    internal RuleCompilationResult(
        IReadOnlyList<IRule> rules,
        IReadOnlyList<RuleDiagnostic> diagnostics,
        Assembly? assembly,
        AssemblyLoadContext? context
    )
    {
        Rules = rules;
        Diagnostics = diagnostics;
        Assembly = assembly;
        _context = context;
    }

    /// <summary>Whether the rules loaded: no diagnostic is an error.</summary>
    public bool Succeeded => !Diagnostics.Any(diagnostic => diagnostic.IsError);

    /// <summary>
    /// The loaded rules ordered by name; empty when <see cref="Succeeded"/> is false or after disposal.
    /// </summary>
    public IReadOnlyList<IRule> Rules { get; private set; }

    /// <summary>Every diagnostic reported, errors and warnings, in file and line order.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }

    /// <summary>The assembly holding the rules, or <see langword="null"/> when nothing was loaded.</summary>
    public Assembly? Assembly { get; private set; }

    /// <summary>Drops the rules and starts unloading their load context.</summary>
    public void Dispose()
    {
        Rules = [];
        Assembly = null;
        _context?.Unload();
        _context = null;
    }

    internal static RuleCompilationResult Failed(IReadOnlyList<RuleDiagnostic> diagnostics) =>
        new([], diagnostics, null, null);
}
