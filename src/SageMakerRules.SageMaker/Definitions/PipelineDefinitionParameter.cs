namespace SageMakerRules.SageMaker;

/// <summary>A parameter declared in a pipeline definition.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Type">The declared type (<see cref="PipelineParameterType.String"/> when absent).</param>
/// <param name="DefaultValue">
/// The default as the text SageMaker would use (numbers and booleans in JSON form), or null when there is none.
/// </param>
public sealed record PipelineDefinitionParameter(string Name, PipelineParameterType Type, string? DefaultValue)
{
    /// <summary>Whether the parameter has a default, so a start may leave it out.</summary>
    public bool HasDefault => DefaultValue is not null;
}
