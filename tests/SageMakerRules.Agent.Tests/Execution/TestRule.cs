using Newtonsoft.Json.Linq;

namespace SageMakerRules.Agent.Tests.Execution;

/// <summary>A rule with fixed options; tests hand the runner evaluations they build themselves.</summary>
internal sealed class TestRule(
    string name,
    string pipeline,
    TriggerOptions? trigger = null,
    MonitorOptions? monitor = null,
    IReadOnlyList<string>? parameterNames = null
) : IRule
{
    public string Name { get; } = name;

    public string? Description => null;

    public string SourcePath => $"rules/{Name}.yaml";

    public PipelineTarget Pipeline { get; } = new(pipeline, null, null, null, null);

    public TriggerOptions Trigger { get; } = trigger ?? TriggerOptions.Default;

    public MonitorOptions Monitor { get; } = monitor ?? MonitorOptions.Default;

    public IReadOnlyList<RuleField> Fields { get; } = [];

    public IReadOnlyList<string> ParameterNames { get; } = parameterNames ?? ["AssetId"];

    public RuleEvaluation Evaluate(ReadOnlySpan<byte> utf8Event) => throw new NotSupportedException();

    public RuleEvaluation Evaluate(JObject @event) => throw new NotSupportedException();

    /// <summary>A match for <paramref name="assetId"/> whose event id is <paramref name="eventId"/>.</summary>
    public RuleEvaluation Match(string assetId, string? eventId) =>
        RuleEvaluation.Matched(
            new PipelineStartRequest(
                Name,
                Pipeline.Name,
                null,
                $"run-{assetId}",
                null,
                null,
                [.. ParameterNames.Select(name => new PipelineParameter(name, assetId))]
            ),
            assetId,
            eventId
        );
}
