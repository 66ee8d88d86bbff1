using SageMakerRules.LocalPipelines.Pipelines;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.LocalPipelines.Configuration;

internal sealed partial class PipelinesFileParser
{
    private static readonly string[] PipelineKeys =
    [
        "name",
        "displayName",
        "description",
        "roleArn",
        "duration",
        "stopDuration",
        "failure",
        "parameters",
        "steps",
    ];

    private LocalPipeline? ParsePipeline(YamlNode node)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);

        foreach (var (key, value) in Entries(node, "a pipeline", PipelineKeys))
        {
            values[key] = value;
        }

        if (!values.TryGetValue("name", out var nameNode) || reader.Text(nameNode, "name") is not { } name)
        {
            if (node is YamlMappingNode)
            {
                reader.Error(node, "Every pipeline needs a 'name'.");
            }

            return null;
        }

        var failure = values.TryGetValue("failure", out var failureNode) ? ParseFailure(failureNode) : default;

        return new LocalPipeline
        {
            Name = name,
            DisplayName = Optional(values, "displayName"),
            Description = Optional(values, "description"),
            RoleArn = Optional(values, "roleArn"),
            Duration = OptionalDuration(values, "duration") ?? TimeSpan.FromMinutes(1),
            StopDuration = OptionalDuration(values, "stopDuration") ?? TimeSpan.FromSeconds(10),
            FailureProbability = failure.Probability,
            FailureSeed = failure.Seed,
            FailureStep = failure.Step,
            FailureReason = failure.Reason,
            Parameters = values.TryGetValue("parameters", out var parameters) ? ParseParameters(parameters) : [],
            Steps = values.TryGetValue("steps", out var steps) ? ParseSteps(steps) : [],
        };
    }

    private (double Probability, int Seed, string? Step, string? Reason) ParseFailure(YamlNode node)
    {
        (double Probability, int Seed, string? Step, string? Reason) failure = default;

        foreach (var (key, value) in Entries(node, "'failure'", "probability", "seed", "step", "reason"))
        {
            switch (key)
            {
                case "probability":
                    failure.Probability = reader.Number(value, "failure probability") ?? 0;
                    break;
                case "seed":
                    failure.Seed = reader.Integer(value, "failure seed") ?? 0;
                    break;
                case "step":
                    failure.Step = reader.Text(value, "failure step");
                    break;
                default:
                    failure.Reason = reader.Text(value, "failure reason");
                    break;
            }
        }

        return failure;
    }

    private List<LocalPipelineParameter> ParseParameters(YamlNode node)
    {
        var parameters = new List<LocalPipelineParameter>();

        foreach (var item in reader.Sequence(node, "'parameters'")?.Children ?? [])
        {
            var values = Values(item, "a parameter", "name", "type", "default", "description");

            if (Required(item, values, "name", "parameter") is not { } name)
            {
                continue;
            }

            parameters.Add(
                new LocalPipelineParameter
                {
                    Name = name,
                    Type = ParameterType(values),
                    DefaultValue = Optional(values, "default"),
                    Description = Optional(values, "description"),
                }
            );
        }

        return parameters;
    }

    private List<LocalPipelineStep> ParseSteps(YamlNode node)
    {
        var steps = new List<LocalPipelineStep>();

        foreach (var item in reader.Sequence(node, "'steps'")?.Children ?? [])
        {
            var values = Values(item, "a step", "name", "type", "duration");

            if (Required(item, values, "name", "step") is not { } name)
            {
                continue;
            }

            steps.Add(
                new LocalPipelineStep
                {
                    Name = name,
                    Type = Optional(values, "type") ?? "Processing",
                    Duration = OptionalDuration(values, "duration"),
                }
            );
        }

        return steps;
    }

    private LocalParameterType ParameterType(Dictionary<string, YamlNode> values)
    {
        if (!values.TryGetValue("type", out var node) || reader.Text(node, "type") is not { } text)
        {
            return LocalParameterType.String;
        }

        if (Enum.TryParse<LocalParameterType>(text, ignoreCase: false, out var type) && Enum.IsDefined(type))
        {
            return type;
        }

        reader.Error(node, $"Parameter type '{text}' is not one of String, Integer, Float, Boolean.");

        return LocalParameterType.String;
    }

    private Dictionary<string, YamlNode> Values(YamlNode node, string what, params string[] allowed)
    {
        var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);

        foreach (var (key, value) in Entries(node, what, allowed))
        {
            values[key] = value;
        }

        return values;
    }

    private string? Required(YamlNode item, Dictionary<string, YamlNode> values, string key, string what)
    {
        if (values.TryGetValue(key, out var node))
        {
            return reader.Text(node, $"The {what} {key}");
        }

        if (item is YamlMappingNode)
        {
            reader.Error(item, $"Every {what} needs a '{key}'.");
        }

        return null;
    }

    private string? Optional(Dictionary<string, YamlNode> values, string key) =>
        values.TryGetValue(key, out var node) ? reader.Text(node, key) : null;

    private TimeSpan? OptionalDuration(Dictionary<string, YamlNode> values, string key) =>
        values.TryGetValue(key, out var node) ? reader.Duration(node, key) : null;
}
