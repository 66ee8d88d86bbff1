namespace SageMakerRules;

/// <summary>One pipeline parameter of a start request. SageMaker receives every value as a string.</summary>
/// <param name="Name">The parameter name declared in the pipeline definition.</param>
/// <param name="Value">The value, at most 1,024 characters.</param>
public readonly record struct PipelineParameter(string Name, string Value);
