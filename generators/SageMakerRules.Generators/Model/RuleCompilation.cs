using SageMakerRules.Generators.Diagnostics;

namespace SageMakerRules.Generators.Model;

/// <summary>The result of compiling one YAML file: the model (when it had no errors) and the diagnostics.</summary>
/// <param name="Model">The rule model, or null.</param>
/// <param name="Diagnostics">The diagnostics.</param>
/// <param name="Name">The rule name and where it is written, for the duplicate check; null when absent.</param>
public sealed record RuleCompilation(RuleModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, RuleName? Name);

/// <summary>A rule name and where it is written.</summary>
/// <param name="Name">The name.</param>
/// <param name="Path">The YAML file.</param>
/// <param name="Span">The name's location.</param>
public sealed record RuleName(string Name, string Path, SourceSpan Span);
