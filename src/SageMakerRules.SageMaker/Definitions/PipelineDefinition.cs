using System.Globalization;
using System.Text.Json;

namespace SageMakerRules.SageMaker;

/// <summary>
/// Reads the <c>Parameters</c> of a pipeline definition (DescribePipeline's <c>PipelineDefinition</c> JSON) and
/// checks values against their declared types, so a mapping can be validated against a real pipeline.
/// </summary>
public static class PipelineDefinition
{
    /// <summary>Returns the parameters the definition declares, in declaration order.</summary>
    /// <param name="definitionJson">The definition JSON.</param>
    /// <returns>The declared parameters (empty when the definition declares none).</returns>
    /// <exception cref="PipelineDefinitionException">The definition is not valid JSON or not a definition.</exception>
    public static IReadOnlyList<PipelineDefinitionParameter> Parse(string definitionJson)
    {
        ArgumentNullException.ThrowIfNull(definitionJson);
        using var document = ParseJson(definitionJson);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new PipelineDefinitionException(
                $"The pipeline definition must be a JSON object, but it is {Describe(root.ValueKind)}."
            );
        }

        if (!root.TryGetProperty("Parameters", out var parameters) || parameters.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (parameters.ValueKind != JsonValueKind.Array)
        {
            throw new PipelineDefinitionException(
                $"'Parameters' of the pipeline definition must be an array, but it is {Describe(parameters.ValueKind)}."
            );
        }

        return ReadParameters(parameters);
    }

    /// <summary>Whether a parameter value (always text on the wire) fits a parameter type.</summary>
    /// <param name="value">The value.</param>
    /// <param name="type">The declared type.</param>
    /// <returns>True when SageMaker can convert the value to the type.</returns>
    public static bool IsCompatible(string? value, PipelineParameterType type) =>
        value is not null
        && type switch
        {
            PipelineParameterType.String => true,
            PipelineParameterType.Integer => long.TryParse(
                value,
                NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out _
            ),
            PipelineParameterType.Float => double.TryParse(
                value,
                NumberStyles.Float,
                CultureInfo.InvariantCulture,
                out var number
            ) && double.IsFinite(number),
            PipelineParameterType.Boolean => bool.TryParse(value, out _),
            _ => false,
        };

    private static JsonDocument ParseJson(string definitionJson)
    {
        try
        {
            return JsonDocument.Parse(definitionJson);
        }
        catch (JsonException exception)
        {
            throw new PipelineDefinitionException(
                $"The pipeline definition is not valid JSON (line {exception.LineNumber + 1}, byte "
                    + $"{exception.BytePositionInLine + 1}).",
                exception
            );
        }
    }

    private static List<PipelineDefinitionParameter> ReadParameters(JsonElement parameters)
    {
        var result = new List<PipelineDefinitionParameter>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in parameters.EnumerateArray())
        {
            var parameter = PipelineDefinitionParameterReader.Read(element, index);
            if (!names.Add(parameter.Name))
            {
                throw new PipelineDefinitionException(
                    $"Parameters[{index}] declares '{parameter.Name}' a second time; parameter names must be unique."
                );
            }

            result.Add(parameter);
            index++;
        }

        return result;
    }

    internal static string Describe(JsonValueKind kind) =>
        kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "a boolean",
            _ => "null",
        };
}
