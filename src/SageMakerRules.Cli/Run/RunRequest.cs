namespace SageMakerRules.Cli.Run;

/// <summary>What <c>run</c> was asked to do.</summary>
/// <param name="RulePaths">Rule files or folders.</param>
/// <param name="EventsPath">An events file, <c>-</c> for standard input.</param>
/// <param name="ErrorsPath">A file for error records, or <see langword="null"/> for standard error.</param>
/// <param name="Wait">Whether to watch executions to the end before exiting.</param>
/// <param name="Quiet">Whether to print nothing but results and errors.</param>
/// <param name="TriggeredOnly">Whether to write only the events that triggered, and completions.</param>
/// <param name="StateDirectory">A directory for durable state, or <see langword="null"/>.</param>
internal sealed record RunRequest(
    IReadOnlyList<string> RulePaths,
    string EventsPath,
    string? ErrorsPath,
    bool Wait,
    bool Quiet,
    bool TriggeredOnly,
    string? StateDirectory
);
