namespace SageMakerRules.Compiler;

/// <summary>One rule file handed to the <see cref="RuleCompiler"/> as text.</summary>
/// <param name="Path">
/// The file's path as it should appear in diagnostics and in <see cref="IRule.SourcePath"/>; it must end in
/// <c>.yaml</c> or <c>.yml</c>, which is how the generator recognises rule files.
/// </param>
/// <param name="Text">The YAML text of the rule.</param>
public sealed record RuleSource(string Path, string Text);
