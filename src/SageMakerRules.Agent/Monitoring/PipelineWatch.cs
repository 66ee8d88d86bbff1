namespace SageMakerRules.Agent.Monitoring;

/// <summary>The watched executions of one pipeline, refreshed together; guarded by the monitor's lock.</summary>
internal sealed class PipelineWatch(string pipelineName)
{
    public string PipelineName { get; } = pipelineName;

    public Dictionary<string, WatchedExecution> Executions { get; } = new(StringComparer.Ordinal);

    public DateTimeOffset NextPollAt { get; set; } = DateTimeOffset.MaxValue;

    /// <summary>The shortest poll interval among the executions: one refresh serves them all.</summary>
    public TimeSpan Interval =>
        Executions.Count == 0
            ? TimeSpan.MaxValue
            : Executions.Values.Min(watched => watched.Pending.Monitor.PollInterval);
}
