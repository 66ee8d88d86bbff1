using SageMakerRules.Agent.Rules;

namespace SageMakerRules.Agent.Settings;

/// <summary>The agent's settings, read and checked, with secrets decrypted and variables resolved.</summary>
internal sealed record AgentSettings
{
    public required ConnectionSettings? Connection { get; init; }

    public required string? Pipeline { get; init; }

    public required long? PipelineVersion { get; init; }

    public required RulesSource RulesSource { get; init; }

    public required string? RulesYaml { get; init; }

    public required string? RulesAssemblyPath { get; init; }

    public required IReadOnlyList<string> RulesPaths { get; init; }

    public required IReadOnlyList<ParameterMapping> ParameterMap { get; init; }

    public required string? DisplayNameTemplate { get; init; }

    public required int? MaxParallelSteps { get; init; }

    public required MonitorOptions Monitor { get; init; }

    public required TimeSpan? PollIntervalOverride { get; init; }

    public required OutputMode OutputMode { get; init; }

    public required string? StateDirectory { get; init; }

    /// <summary>The rule of the parameter-map mode built from these settings.</summary>
    public ParameterMapRule CreateParameterMapRule() =>
        new(
            new PipelineTarget(Pipeline ?? "", PipelineVersion, DisplayNameTemplate, null, MaxParallelSteps),
            Monitor,
            ParameterMap
        );
}
