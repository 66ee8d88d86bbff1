namespace SageMakerRules;

/// <summary>How executions started by a rule are watched, as written under <c>monitor:</c>.</summary>
/// <param name="Wait">Whether to watch executions to the end and publish their outcome.</param>
/// <param name="PollInterval">How often in-flight executions are refreshed.</param>
/// <param name="Timeout">How long to watch before reporting a timeout, or <see langword="null"/> for no limit.</param>
/// <param name="StopOnTimeout">Whether to stop an execution that times out.</param>
public sealed record MonitorOptions(bool Wait, TimeSpan PollInterval, TimeSpan? Timeout, bool StopOnTimeout)
{
    /// <summary>The options of a rule with no <c>monitor:</c> section.</summary>
    public static MonitorOptions Default { get; } = new(true, TimeSpan.FromSeconds(30), null, false);
}
