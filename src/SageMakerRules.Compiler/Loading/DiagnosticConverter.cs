using Microsoft.CodeAnalysis;

namespace SageMakerRules.Compiler.Loading;

/// <summary>Turns Roslyn diagnostics into <see cref="RuleDiagnostic"/> values located in the rule files.</summary>
internal static class DiagnosticConverter
{
    public static IReadOnlyList<RuleDiagnostic> Convert(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Where(diagnostic => diagnostic.Severity != DiagnosticSeverity.Hidden)
            .Select(ToRuleDiagnostic)
            .Distinct()
            .OrderBy(diagnostic => diagnostic.Path, StringComparer.Ordinal)
            .ThenBy(diagnostic => diagnostic.Line)
            .ThenBy(diagnostic => diagnostic.Column)
            .ToList();

    private static RuleDiagnostic ToRuleDiagnostic(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetMappedLineSpan();
        var located = span.IsValid && !string.IsNullOrEmpty(span.Path);

        return new RuleDiagnostic(
            located ? span.Path : "",
            located ? span.StartLinePosition.Line + 1 : 0,
            located ? span.StartLinePosition.Character + 1 : 0,
            diagnostic.Id,
            ToSeverity(diagnostic.Severity),
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
        );
    }

    private static RuleDiagnosticSeverity ToSeverity(DiagnosticSeverity severity) =>
        severity switch
        {
            DiagnosticSeverity.Error => RuleDiagnosticSeverity.Error,
            DiagnosticSeverity.Warning => RuleDiagnosticSeverity.Warning,
            _ => RuleDiagnosticSeverity.Info,
        };
}
