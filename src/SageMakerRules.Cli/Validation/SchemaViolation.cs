using SageMakerRules.Compiler;

namespace SageMakerRules.Cli.Validation;

/// <summary>A schema violation as a diagnostic, with the lines of the YAML element it is about.</summary>
/// <param name="Diagnostic">The diagnostic to print.</param>
/// <param name="Span">Where the offending element stands in the file.</param>
internal sealed record SchemaViolation(RuleDiagnostic Diagnostic, YamlPosition Span);
