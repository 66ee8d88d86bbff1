using System.Globalization;
using System.Text.Json;

namespace SageMakerRules.LocalPipelines.Pipelines;

/// <summary>
/// Writes a local pipeline as a SageMaker pipeline definition (the JSON that DescribePipeline returns in
/// <c>PipelineDefinition</c>): <c>Version</c>, <c>Parameters</c> with typed defaults, and <c>Steps</c>.
/// </summary>
internal static class PipelineDefinitionWriter
{
    public const string DefinitionVersion = "2020-12-01";

    public static string Write(LocalPipeline pipeline)
    {
        using var stream = new MemoryStream();

        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("Version", DefinitionVersion);
            writer.WriteStartObject("Metadata");
            writer.WriteEndObject();
            WriteParameters(writer, pipeline.Parameters);
            writer.WriteStartObject("PipelineExperimentConfig");
            writer.WriteString("ExperimentName", pipeline.Name);
            writer.WriteEndObject();
            WriteSteps(writer, pipeline.Steps);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteParameters(Utf8JsonWriter writer, IEnumerable<LocalPipelineParameter> parameters)
    {
        writer.WriteStartArray("Parameters");

        foreach (var parameter in parameters)
        {
            writer.WriteStartObject();
            writer.WriteString("Name", parameter.Name);
            writer.WriteString("Type", parameter.Type.ToString());

            if (parameter.DefaultValue is { } value)
            {
                WriteDefault(writer, parameter.Type, value);
            }

            if (parameter.Description is { } description)
            {
                writer.WriteString("Description", description);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteDefault(Utf8JsonWriter writer, LocalParameterType type, string value)
    {
        switch (type)
        {
            case LocalParameterType.Integer:
                writer.WriteNumber("DefaultValue", long.Parse(value, CultureInfo.InvariantCulture));
                break;
            case LocalParameterType.Float:
                writer.WriteNumber("DefaultValue", double.Parse(value, CultureInfo.InvariantCulture));
                break;
            case LocalParameterType.Boolean:
                writer.WriteBoolean("DefaultValue", bool.Parse(value));
                break;
            default:
                writer.WriteString("DefaultValue", value);
                break;
        }
    }

    private static void WriteSteps(Utf8JsonWriter writer, IEnumerable<LocalPipelineStep> steps)
    {
        writer.WriteStartArray("Steps");
        string? previous = null;

        foreach (var step in steps)
        {
            writer.WriteStartObject();
            writer.WriteString("Name", step.Name);
            writer.WriteString("Type", step.Type);

            if (previous is not null)
            {
                writer.WriteStartArray("DependsOn");
                writer.WriteStringValue(previous);
                writer.WriteEndArray();
            }

            writer.WriteStartObject("Arguments");
            writer.WriteEndObject();
            writer.WriteEndObject();
            previous = step.Name;
        }

        writer.WriteEndArray();
    }
}
