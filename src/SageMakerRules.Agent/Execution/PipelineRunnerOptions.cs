using SageMakerRules.Agent.Settings;
using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.Execution;

/// <summary>The settings of a <see cref="PipelineRunner"/>, taken from the agent's configuration.</summary>
public sealed record PipelineRunnerOptions
{
    /// <summary>
    /// The directory of the durable state store (a SQLite file), or <see langword="null"/> to keep state in memory
    /// only. With a store, in-flight executions, queued triggers and trigger state survive a restart.
    /// </summary>
    public string? StateDirectory { get; init; }

    /// <summary>
    /// Monitor options that replace every rule's own (the agent's execution settings), or <see langword="null"/> to
    /// use each rule's <c>monitor:</c> section.
    /// </summary>
    public MonitorOptions? Monitor { get; init; }

    /// <summary>
    /// A poll interval that replaces every rule's <c>monitor.pollInterval</c> (an operator's polling budget, or a
    /// local endpoint whose executions finish in seconds), or <see langword="null"/> to let the rules decide.
    /// </summary>
    public TimeSpan? PollIntervalOverride { get; init; }

    /// <summary>Stop executions that time out even when the rule's monitor options do not ask for it.</summary>
    public bool StopOnTimeout { get; init; }

    /// <summary>
    /// How starts are retried after throttling, server errors, <c>ResourceLimitExceeded</c> and transient credential
    /// failures.
    /// </summary>
    public StartRetryOptions Retry { get; init; } = new();

    /// <summary>The most executions running at once across all rules (default 20, the account's quota).</summary>
    public int MaxRunning { get; init; } = TriggerPolicyLimits.DefaultMaxRunning;

    /// <summary>How many trigger keys each rule remembers before evicting the least recently used idle key.</summary>
    public int MaxTrackedKeys { get; init; } = TriggerPolicyLimits.DefaultMaxKeys;

    /// <summary>
    /// How often every rule's whole trigger state is written to the store (default 5 s). Changes a restart needs are
    /// written at once, key by key; this periodic write only keeps the keys' recency (eviction order) current.
    /// </summary>
    public TimeSpan StateFlushInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How error records name the setting to fix when credentials fail: the agent's settings by default, or the
    /// options of the host that configured the agent.
    /// </summary>
    public SettingNames SettingNames { get; init; } = SettingNames.Agent;
}
