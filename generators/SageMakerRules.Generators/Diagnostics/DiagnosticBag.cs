using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Diagnostics;

/// <summary>Collects the diagnostics of one YAML file while it is parsed and bound.</summary>
/// <param name="path">The YAML file path.</param>
internal sealed class DiagnosticBag(string path)
{
    private readonly List<DiagnosticInfo> _items = [];

    /// <summary>The YAML file path.</summary>
    public string Path { get; } = path;

    /// <summary>Whether an error was reported.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Reports a diagnostic.</summary>
    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
    {
        HasErrors |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        _items.Add(DiagnosticInfo.Create(descriptor, Path, span, arguments));
    }

    /// <summary>Adds diagnostics produced elsewhere (for example by the pattern stage).</summary>
    public void AddRange(IEnumerable<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            HasErrors |= diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error;
            _items.Add(diagnostic);
        }
    }

    /// <summary>The diagnostics so far.</summary>
    public EquatableArray<DiagnosticInfo> ToArray() => _items.ToEquatableArray();
}
