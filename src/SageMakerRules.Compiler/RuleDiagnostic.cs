using System.Globalization;

namespace SageMakerRules.Compiler;

/// <summary>A problem found while compiling rule files, located in the file a person has to fix.</summary>
/// <param name="Path">The rule file (or, for a fault in generated code, the generated file's name).</param>
/// <param name="Line">The one-based line, or 0 when the problem has no location.</param>
/// <param name="Column">The one-based column, or 0 when the problem has no location.</param>
/// <param name="Id">The diagnostic id: <c>SMR</c> and three digits for rule problems (see docs/diagnostics.md).</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record RuleDiagnostic(
    string Path,
    int Line,
    int Column,
    string Id,
    RuleDiagnosticSeverity Severity,
    string Message
)
{
    /// <summary>Whether this diagnostic stops the rules from loading.</summary>
    public bool IsError => Severity == RuleDiagnosticSeverity.Error;

    /// <summary>The diagnostic in the form compilers print: <c>path(line,col): error SMR012: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            RuleDiagnosticSeverity.Error => "error",
            RuleDiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        var location = Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"({Line},{Column})") : "";

        return $"{Path}{location}: {severity} {Id}: {Message}";
    }
}
