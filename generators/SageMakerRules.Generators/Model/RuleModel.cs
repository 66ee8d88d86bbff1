namespace SageMakerRules.Generators.Model;

/// <summary>Everything the emitter needs to write one rule; plain data with value equality.</summary>
/// <param name="Name">The rule name, also the generated type name.</param>
/// <param name="Description">The rule description.</param>
/// <param name="SourcePath">The YAML file path.</param>
/// <param name="Pipeline">The pipeline section.</param>
/// <param name="Fields">The event fields in file order.</param>
/// <param name="Condition">The bound <c>when:</c> condition, or null.</param>
/// <param name="ConditionText">The <c>when:</c> text as written, or null.</param>
/// <param name="Match">The compiled <c>match:</c> pattern, or null.</param>
/// <param name="Parameters">The parameters in file order.</param>
/// <param name="Trigger">The trigger section.</param>
/// <param name="Monitor">The monitor section.</param>
/// <param name="Regexes">The regular expressions <c>matches</c> uses, by index.</param>
public sealed record RuleModel(
    string Name,
    string? Description,
    string SourcePath,
    PipelineModel Pipeline,
    EquatableArray<FieldModel> Fields,
    BoundExpression? Condition,
    string? ConditionText,
    MatchPlan? Match,
    EquatableArray<ParameterModel> Parameters,
    TriggerModel Trigger,
    MonitorModel Monitor,
    EquatableArray<string> Regexes
);

/// <summary>The <c>pipeline:</c> section.</summary>
/// <param name="Name">The pipeline name or ARN.</param>
/// <param name="VersionId">The version id.</param>
/// <param name="DisplayName">The display name template.</param>
/// <param name="Description">The description template.</param>
/// <param name="MaxParallelSteps">The parallel steps limit.</param>
public sealed record PipelineModel(
    string Name,
    long? VersionId,
    TemplateModel? DisplayName,
    TemplateModel? Description,
    int? MaxParallelSteps
);

/// <summary>The <c>trigger:</c> section; durations in ticks.</summary>
/// <param name="KeyField">The key field name.</param>
/// <param name="IdField">The id field name.</param>
/// <param name="CooldownTicks">The cooldown.</param>
/// <param name="Rising">Whether the edge is rising.</param>
/// <param name="DebounceEvents">The debounce event count.</param>
/// <param name="DebounceTicks">The debounce duration.</param>
/// <param name="MaxRunningPerKey">The per-key limit.</param>
/// <param name="MaxRunning">The total limit.</param>
/// <param name="Queue">Whether busy triggers queue.</param>
/// <param name="QueueCapacity">The queue bound.</param>
public sealed record TriggerModel(
    string? KeyField,
    string? IdField,
    long? CooldownTicks,
    bool Rising,
    int? DebounceEvents,
    long? DebounceTicks,
    int? MaxRunningPerKey,
    int? MaxRunning,
    bool Queue,
    int QueueCapacity
)
{
    /// <summary>The defaults of a rule without <c>trigger:</c>.</summary>
    public static TriggerModel Default { get; } = new(null, null, null, false, null, null, null, null, false, 100);

    /// <summary>Whether the runtime needs the key on events that do not match.</summary>
    public bool TracksEveryEvent => Rising || DebounceEvents is not null || DebounceTicks is not null;
}

/// <summary>The <c>monitor:</c> section; durations in ticks.</summary>
/// <param name="Wait">Whether to watch executions.</param>
/// <param name="PollIntervalTicks">The poll interval.</param>
/// <param name="TimeoutTicks">The timeout.</param>
/// <param name="StopOnTimeout">Whether to stop on timeout.</param>
public sealed record MonitorModel(bool Wait, long PollIntervalTicks, long? TimeoutTicks, bool StopOnTimeout)
{
    /// <summary>The defaults of a rule without <c>monitor:</c>.</summary>
    public static MonitorModel Default { get; } = new(true, 30 * 10_000_000L, null, false);
}

/// <summary>
/// What the pattern stage produced for a rule's <c>match:</c>: the C# members to paste into the rule class
/// (<c>PatternState</c>, <c>MatchPath{i}</c>, <c>PatternScan</c>, <c>PatternMatches</c>) and the property paths.
/// </summary>
/// <param name="Members">The C# members.</param>
/// <param name="Paths">The property paths the pattern names, joined by '/'.</param>
public sealed record MatchPlan(string Members, EquatableArray<string> Paths);
