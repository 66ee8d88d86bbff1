using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Executions;

/// <summary>
/// Checks the parameters of a start request against the pipeline's declarations and resolves the values the
/// execution runs with (given values, then defaults), in declaration order.
/// </summary>
internal static class ParameterBinder
{
    public static IReadOnlyList<KeyValuePair<string, string>> Bind(
        PipelineRecord pipeline,
        IReadOnlyList<KeyValuePair<string, string>> given
    )
    {
        var declared = pipeline.Definition.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);

        foreach (var (name, value) in given)
        {
            if (!declared.TryGetValue(name, out var parameter))
            {
                throw ApiException.Validation(
                    $"Parameter '{name}' is not declared in the definition of pipeline '{pipeline.Definition.Name}'. "
                        + $"Declared parameters: {Names(pipeline.Definition)}."
                );
            }

            if (!values.TryAdd(name, value))
            {
                throw ApiException.Validation($"Parameter '{name}' is given more than once.");
            }

            if (!ParameterValues.IsValid(parameter.Type, value))
            {
                throw ApiException.Validation(
                    $"Value '{value}' for parameter '{name}' is not a valid {parameter.Type} "
                        + $"(pipeline '{pipeline.Definition.Name}')."
                );
            }
        }

        return [.. pipeline.Definition.Parameters.Select(parameter => Resolve(parameter, values))];
    }

    private static KeyValuePair<string, string> Resolve(
        LocalPipelineParameter parameter,
        Dictionary<string, string> values
    )
    {
        if (values.TryGetValue(parameter.Name, out var value))
        {
            return new(parameter.Name, value);
        }

        return parameter.DefaultValue is { } defaultValue
            ? new(parameter.Name, defaultValue)
            : throw ApiException.Validation(
                $"Parameter '{parameter.Name}' has no default value, so the request must give a value for it."
            );
    }

    private static string Names(LocalPipeline pipeline) =>
        pipeline.Parameters.Count == 0 ? "(none)" : string.Join(", ", pipeline.Parameters.Select(p => p.Name));
}
