using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Agent.Rules;

/// <summary>
/// The rule of the parameter-map mode: every event triggers the configured pipeline, and each pipeline parameter
/// is taken from an input attribute or a constant, as the settings grid maps it.
/// </summary>
public sealed partial class ParameterMapRule : IRule
{
    /// <summary>The most characters SageMaker accepts in one parameter value.</summary>
    public const int MaxParameterLength = 1024;

    private readonly IReadOnlyList<ParameterMapping> _mappings;
    private readonly DisplayNameTemplate? _displayName;
    private readonly HashSet<string> _attributes;

    /// <summary>Creates the rule.</summary>
    /// <param name="pipeline">The pipeline to start, with the display name template and parallelism.</param>
    /// <param name="monitor">How started executions are watched.</param>
    /// <param name="mappings">The grid rows; rows with neither attribute nor constant keep the default.</param>
    public ParameterMapRule(PipelineTarget pipeline, MonitorOptions monitor, IReadOnlyList<ParameterMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(monitor);
        ArgumentNullException.ThrowIfNull(mappings);

        Pipeline = pipeline;
        Monitor = monitor;
        _mappings = mappings.Where(mapping => !mapping.UsesDefault).ToList();
        _displayName = DisplayNameTemplate.Parse(pipeline.DisplayNameTemplate);
        _attributes = new HashSet<string>(
            _mappings.Select(mapping => mapping.Attribute).OfType<string>().Concat(_displayName?.Attributes ?? []),
            StringComparer.Ordinal
        );
        Fields = BuildFields();
        ParameterNames = _mappings.Select(mapping => mapping.Parameter).ToList();
    }

    /// <summary>The rule name used in results and idempotency tokens.</summary>
    public const string RuleName = "ParameterMap";

    /// <inheritdoc />
    public string Name => RuleName;

    /// <inheritdoc />
    public string? Description => "Every event starts the pipeline with the parameters mapped in the settings.";

    /// <inheritdoc />
    public string SourcePath => "settings:" + Agent.Settings.SettingKeys.ParameterMap;

    /// <inheritdoc />
    public PipelineTarget Pipeline { get; }

    /// <inheritdoc />
    public TriggerOptions Trigger => TriggerOptions.Default;

    /// <inheritdoc />
    public MonitorOptions Monitor { get; }

    /// <inheritdoc />
    public IReadOnlyList<RuleField> Fields { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> ParameterNames { get; }

    /// <inheritdoc />
    public RuleEvaluation Evaluate(ReadOnlySpan<byte> utf8Event)
    {
        var values = new Dictionary<string, EventScalar>(StringComparer.Ordinal);
        try
        {
            if (!ReadAttributes(utf8Event, values))
            {
                return Malformed("the event is not a JSON object");
            }
        }
        catch (JsonException exception)
        {
            return Malformed(
                $"the event is not well-formed JSON (line {exception.LineNumber + 1}, "
                    + $"byte {exception.BytePositionInLine + 1})"
            );
        }

        return Map(name => values.TryGetValue(name, out var value) ? value : EventScalar.Missing);
    }

    /// <inheritdoc />
    public RuleEvaluation Evaluate(JObject @event)
    {
        ArgumentNullException.ThrowIfNull(@event);

        return Map(name =>
            EventScalar.From(@event.TryGetValue(name, StringComparison.Ordinal, out var token) ? token : null)
        );
    }

    private bool ReadAttributes(ReadOnlySpan<byte> utf8Event, Dictionary<string, EventScalar> values)
    {
        var reader = new Utf8JsonReader(utf8Event);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            if (_attributes.Contains(name))
            {
                values[name] = EventScalar.From(ref reader);
            }

            reader.Skip();
        }

        // Reading to the end makes trailing garbage an error, as it is for a parsed JObject.
        while (reader.Read()) { }

        return true;
    }

    private static RuleEvaluation Malformed(string detail) =>
        RuleEvaluation.Invalid(
            new EventError(
                EventErrorKind.MalformedJson,
                null,
                "one JSON object",
                detail,
                $"The event cannot be read: {detail}. Send each event as one JSON object."
            )
        );
}
