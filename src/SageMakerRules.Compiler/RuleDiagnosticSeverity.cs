namespace SageMakerRules.Compiler;

/// <summary>How serious a <see cref="RuleDiagnostic"/> is.</summary>
public enum RuleDiagnosticSeverity
{
    /// <summary>Informational; the rules still load.</summary>
    Info,

    /// <summary>Something probably wrong; the rules still load.</summary>
    Warning,

    /// <summary>A problem that stops the rules from loading.</summary>
    Error,
}
