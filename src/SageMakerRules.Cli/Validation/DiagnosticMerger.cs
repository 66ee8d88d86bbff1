using SageMakerRules.Compiler;

namespace SageMakerRules.Cli.Validation;

/// <summary>
/// Puts the compiler's diagnostics and the schema's violations into one list, so that one mistake is reported once:
/// a violation about an element in which the compiler already reported an error is the same mistake seen twice, and
/// the compiler's message, which knows the mapping language, is the one kept.
/// </summary>
internal static class DiagnosticMerger
{
    /// <summary>The compiler's diagnostics and the schema violations they do not cover, in file order.</summary>
    /// <param name="files">The rule files, in the order they were given.</param>
    /// <param name="compiler">The compiler's diagnostics.</param>
    /// <param name="schema">The schema's violations.</param>
    public static IReadOnlyList<RuleDiagnostic> Merge(
        IReadOnlyList<string> files,
        IReadOnlyList<RuleDiagnostic> compiler,
        IEnumerable<SchemaViolation> schema
    )
    {
        var errors = compiler.Where(diagnostic => diagnostic.IsError).ToLookup(diagnostic => diagnostic.Path);
        var added = schema
            .Where(violation => !errors[violation.Diagnostic.Path].Any(error => violation.Span.Spans(error.Line)))
            .Select(violation => violation.Diagnostic)
            .DistinctBy(diagnostic => (diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.Message));
        var order = files.Select((path, index) => (path, index)).ToDictionary(file => file.path, file => file.index);

        return
        [
            .. compiler
                .Concat(added)
                .OrderBy(diagnostic => order.GetValueOrDefault(diagnostic.Path, int.MaxValue))
                .ThenBy(diagnostic => diagnostic.Line)
                .ThenBy(diagnostic => diagnostic.Column),
        ];
    }
}
