namespace SageMakerRules.LocalPipelines.Pipelines;

/// <summary>
/// A parameter a local pipeline declares, as in the <c>Parameters</c> of a SageMaker pipeline definition.
/// </summary>
public sealed class LocalPipelineParameter
{
    /// <summary>The parameter name (<c>[A-Za-z0-9\-_]{1,64}</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The parameter type; values sent for the parameter must parse as this type.</summary>
    public LocalParameterType Type { get; init; } = LocalParameterType.String;

    /// <summary>The default value as text, or <c>null</c> when the parameter has none.</summary>
    public string? DefaultValue { get; init; }

    /// <summary>An optional description, returned in the pipeline definition.</summary>
    public string? Description { get; init; }
}
