using System.Linq;
using Microsoft.CodeAnalysis;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Diagnostics;

/// <summary>A diagnostic kept as plain data so that it can live in cached pipeline values.</summary>
/// <param name="Descriptor">The catalogue entry.</param>
/// <param name="Path">The YAML file path.</param>
/// <param name="Span">Where in the file.</param>
/// <param name="Arguments">The message arguments.</param>
public sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    string Path,
    SourceSpan Span,
    EquatableArray<string> Arguments
)
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="descriptor">The catalogue entry.</param>
    /// <param name="path">The YAML file path.</param>
    /// <param name="span">Where in the file.</param>
    /// <param name="arguments">The message arguments.</param>
    public static DiagnosticInfo Create(
        DiagnosticDescriptor descriptor,
        string path,
        SourceSpan span,
        params string[] arguments
    ) => new(descriptor, path, span, arguments.ToEquatableArray());

    /// <summary>The Roslyn diagnostic.</summary>
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(
            Descriptor,
            Path.Length == 0 ? Location.None : Span.ToLocation(Path),
            Arguments.Cast<object>().ToArray()
        );
}
