using System.Globalization;
using System.Text.Json;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Pipelines;

/// <summary>
/// Reads the parts of a SageMaker pipeline definition (as sent to CreatePipeline) that the local endpoint simulates:
/// the declared <c>Parameters</c> and the <c>Steps</c> (run one after another in the order given).
/// </summary>
internal static class PipelineDefinitionReader
{
    public static LocalPipeline Read(
        string name,
        string definition,
        string? displayName,
        string? description,
        string? roleArn
    )
    {
        try
        {
            using var document = JsonDocument.Parse(definition);
            var root = document.RootElement;

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("the definition must be a JSON object");
            }

            return new LocalPipeline
            {
                Name = name,
                DisplayName = displayName,
                Description = description,
                RoleArn = roleArn,
                Parameters = [.. Items(root, "Parameters").Select(ReadParameter)],
                Steps = [.. Items(root, "Steps").Select(ReadStep)],
            };
        }
        catch (JsonException exception)
        {
            throw Invalid($"it is not valid JSON ({exception.Message})");
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement root, string property)
    {
        if (!root.TryGetProperty(property, out var items))
        {
            return [];
        }

        return items.ValueKind == JsonValueKind.Array
            ? items.EnumerateArray()
            : throw Invalid($"'{property}' must be an array");
    }

    private static LocalPipelineParameter ReadParameter(JsonElement element)
    {
        var name = Text(element, "Name") ?? throw Invalid("every parameter needs a 'Name'");
        var typeText = Text(element, "Type") ?? nameof(LocalParameterType.String);

        if (!Enum.TryParse<LocalParameterType>(typeText, ignoreCase: false, out var type))
        {
            throw Invalid($"parameter '{name}' has type '{typeText}'; use String, Integer, Float or Boolean");
        }

        return new LocalPipelineParameter
        {
            Name = name,
            Type = type,
            DefaultValue = element.TryGetProperty("DefaultValue", out var value) ? DefaultText(name, value) : null,
            Description = Text(element, "Description"),
        };
    }

    private static LocalPipelineStep ReadStep(JsonElement element) =>
        new()
        {
            Name = Text(element, "Name") ?? throw Invalid("every step needs a 'Name'"),
            Type = Text(element, "Type") ?? "Processing",
        };

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(property, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string DefaultText(string name, JsonElement value) =>
        value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
            JsonValueKind.False => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
            _ => throw Invalid($"the DefaultValue of parameter '{name}' must be a string, number or boolean"),
        };

    private static ApiException Invalid(string reason) =>
        ApiException.Validation($"PipelineDefinition is not a valid pipeline definition: {reason}.");
}
