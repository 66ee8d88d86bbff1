using System.Text.Json;
using System.Text.RegularExpressions;

namespace SageMakerRules.SageMaker;

/// <summary>Reads one element of a definition's <c>Parameters</c> array.</summary>
internal static partial class PipelineDefinitionParameterReader
{
    public static PipelineDefinitionParameter Read(JsonElement element, int index)
    {
        var where = $"Parameters[{index}]";
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(
                $"{where} must be an object with Name and Type, but it is "
                    + $"{PipelineDefinition.Describe(element.ValueKind)}."
            );
        }

        var name = ReadName(element, where);
        where = $"{where} ('{name}')";
        var type = ReadType(element, where);
        var defaultValue = ReadDefault(element, where, type);
        return new PipelineDefinitionParameter(name, type, defaultValue);
    }

    private static string ReadName(JsonElement element, string where)
    {
        if (!element.TryGetProperty("Name", out var name) || name.ValueKind != JsonValueKind.String)
        {
            throw Error($"{where} has no Name string; every parameter needs a name.");
        }

        var text = name.GetString()!;
        if (!NamePattern().IsMatch(text))
        {
            throw Error($"{where} has the name '{text}'; names are 1 to 256 letters, digits, '-' or '_'.");
        }

        return text;
    }

    private static PipelineParameterType ReadType(JsonElement element, string where)
    {
        if (!element.TryGetProperty("Type", out var type) || type.ValueKind == JsonValueKind.Null)
        {
            return PipelineParameterType.String;
        }

        return type.ValueKind == JsonValueKind.String
            ? type.GetString() switch
            {
                "String" => PipelineParameterType.String,
                "Integer" => PipelineParameterType.Integer,
                "Float" => PipelineParameterType.Float,
                "Boolean" => PipelineParameterType.Boolean,
                var other => throw Error(
                    $"{where} has the unknown Type '{other}'; use String, Integer, Float or Boolean."
                ),
            }
            : throw Error($"{where} has a Type that is {PipelineDefinition.Describe(type.ValueKind)}, not a string.");
    }

    private static string? ReadDefault(JsonElement element, string where, PipelineParameterType type)
    {
        if (!element.TryGetProperty("DefaultValue", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => throw Error(
                $"{where} has a DefaultValue that is {PipelineDefinition.Describe(value.ValueKind)}; "
                    + "expected a string, number or boolean."
            ),
        };

        if (!PipelineDefinition.IsCompatible(text, type))
        {
            throw Error($"{where} has the DefaultValue '{text}', which is not a valid {type}.");
        }

        return text;
    }

    private static PipelineDefinitionException Error(string message) => new(message);

    [GeneratedRegex(@"^[A-Za-z0-9\-_]{1,256}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
