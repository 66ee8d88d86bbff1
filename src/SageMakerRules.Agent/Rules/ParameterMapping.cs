namespace SageMakerRules.Agent.Rules;

/// <summary>One row of the parameter-map grid: where a pipeline parameter's value comes from.</summary>
/// <param name="Parameter">The pipeline parameter name.</param>
/// <param name="Type">The parameter type from the pipeline definition: String, Integer, Float or Boolean.</param>
/// <param name="Attribute">The input attribute whose value is sent, or <see langword="null"/>.</param>
/// <param name="Constant">The constant sent when no attribute is chosen, or <see langword="null"/>.</param>
public sealed record ParameterMapping(string Parameter, string Type, string? Attribute, string? Constant)
{
    /// <summary>Whether the row sends nothing, so the pipeline's default value applies.</summary>
    public bool UsesDefault => Attribute is null && Constant is null;
}
