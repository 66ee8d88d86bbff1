using SageMakerRules.LocalPipelines.Faults;
using SageMakerRules.LocalPipelines.Pipelines;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.LocalPipelines.Configuration;

/// <summary>
/// Turns the YAML tree of a pipelines file into a configuration, reporting problems to a node reader.
/// </summary>
internal sealed partial class PipelinesFileParser(NodeReader reader)
{
    public LocalPipelinesConfiguration Parse(YamlNode root)
    {
        var pipelines = new List<LocalPipeline>();
        var faults = new Dictionary<string, OperationFaults>(StringComparer.Ordinal);
        int? seed = null;

        if (reader.Mapping(root, "The pipelines file") is not { } mapping)
        {
            return new() { Pipelines = pipelines, Faults = faults };
        }

        foreach (var (key, value) in reader.Entries(mapping, "the pipelines file", "pipelines", "faults", "faultSeed"))
        {
            switch (key)
            {
                case "pipelines":
                    pipelines.AddRange(ParsePipelines(value));
                    break;
                case "faults":
                    ParseFaults(value, faults);
                    break;
                default:
                    seed = reader.Integer(value, "faultSeed");
                    break;
            }
        }

        return new()
        {
            Pipelines = pipelines,
            Faults = faults,
            FaultSeed = seed,
        };
    }

    private List<LocalPipeline> ParsePipelines(YamlNode node)
    {
        var pipelines = new List<LocalPipeline>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        foreach (var item in reader.Sequence(node, "'pipelines'")?.Children ?? [])
        {
            if (ParsePipeline(item) is not { } pipeline)
            {
                continue;
            }

            if (!names.Add(pipeline.Name))
            {
                reader.Error(item, $"Pipeline '{pipeline.Name}' is declared twice (names ignore letter case).");
            }

            foreach (var error in LocalPipelineValidator.Validate(pipeline))
            {
                reader.Error(item, error);
            }

            pipelines.Add(pipeline);
        }

        return pipelines;
    }

    private void ParseFaults(YamlNode node, Dictionary<string, OperationFaults> faults)
    {
        if (reader.Mapping(node, "'faults'") is not { } mapping)
        {
            return;
        }

        foreach (var (operation, value) in mapping.Children)
        {
            var name = reader.Text(operation, "An operation name under 'faults'") ?? string.Empty;
            var parsed = ParseOperationFaults(value, name);

            foreach (var error in parsed.Validate())
            {
                reader.Error(value, $"Faults for {name}: {error}");
            }

            faults[name] = parsed;
        }
    }

    private OperationFaults ParseOperationFaults(YamlNode node, string operation)
    {
        var faults = new OperationFaults();
        var what = $"faults of {operation}";

        foreach (var (key, value) in Entries(node, what, FaultKeys))
        {
            faults = key switch
            {
                "throttleRate" => faults with { ThrottleRate = reader.Number(value, key) ?? 0 },
                "serverErrorRate" => faults with { ServerErrorRate = reader.Number(value, key) ?? 0 },
                "dropResponseRate" => faults with { DropResponseRate = reader.Number(value, key) ?? 0 },
                "latency" => faults with { Latency = reader.Duration(value, key) ?? TimeSpan.Zero },
                "throttleNext" => faults with { ThrottleNext = reader.Integer(value, key) ?? 0 },
                "serverErrorNext" => faults with { ServerErrorNext = reader.Integer(value, key) ?? 0 },
                _ => faults with { DropResponseNext = reader.Integer(value, key) ?? 0 },
            };
        }

        return faults;
    }

    private static readonly string[] FaultKeys =
    [
        "throttleRate",
        "serverErrorRate",
        "dropResponseRate",
        "latency",
        "throttleNext",
        "serverErrorNext",
        "dropResponseNext",
    ];

    private IEnumerable<(string Key, YamlNode Value)> Entries(YamlNode node, string what, params string[] allowed) =>
        reader.Mapping(node, what) is { } mapping ? reader.Entries(mapping, what, allowed) : [];
}
