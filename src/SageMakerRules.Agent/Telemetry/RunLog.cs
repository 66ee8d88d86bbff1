using Microsoft.Extensions.Logging;

namespace SageMakerRules.Agent.Telemetry;

/// <summary>
/// The run-time engine's source-generated log messages (event ids 2000 to 2099; the agent's <c>Log</c> class owns
/// the others). They carry rule and pipeline names, ARNs, codes, counts and durations; never events, parameter
/// values, tokens or secrets.
/// </summary>
internal static partial class RunLog
{
    [LoggerMessage(2000, LogLevel.Information, "Rule {Rule} started pipeline {Pipeline}: execution {ExecutionArn}")]
    public static partial void ExecutionStarted(ILogger logger, string rule, string pipeline, string executionArn);

    [LoggerMessage(
        2001,
        LogLevel.Warning,
        "Start of pipeline {Pipeline} for rule {Rule} failed with {ErrorCode} (attempt {Attempt}); retrying in {Delay}"
    )]
    public static partial void StartRetrying(
        ILogger logger,
        string rule,
        string pipeline,
        int attempt,
        string errorCode,
        TimeSpan delay
    );

    [LoggerMessage(
        2002,
        LogLevel.Error,
        "Start of pipeline {Pipeline} for rule {Rule} failed with {ErrorCode} after {Attempts} attempt(s)"
    )]
    public static partial void StartFailed(
        ILogger logger,
        string rule,
        string pipeline,
        string errorCode,
        int attempts
    );

    [LoggerMessage(2003, LogLevel.Debug, "Rule {Rule} skipped a trigger: {Reason}")]
    public static partial void TriggerSkipped(ILogger logger, string rule, string reason);

    [LoggerMessage(2004, LogLevel.Information, "Rule {Rule} queued a trigger: {Reason}")]
    public static partial void TriggerQueued(ILogger logger, string rule, string reason);

    [LoggerMessage(2005, LogLevel.Information, "Execution {ExecutionArn} of rule {Rule} ended: {Status}")]
    public static partial void ExecutionEnded(ILogger logger, string rule, string executionArn, string status);

    [LoggerMessage(
        2006,
        LogLevel.Debug,
        "Refreshed {Count} execution(s) of pipeline {Pipeline} with {Pages} list page(s) and {Describes} describe(s)"
    )]
    public static partial void PipelineRefreshed(ILogger logger, string pipeline, int count, int pages, int describes);

    [LoggerMessage(2007, LogLevel.Warning, "Refreshing executions of pipeline {Pipeline} failed with {ErrorCode}")]
    public static partial void RefreshFailed(ILogger logger, string pipeline, string errorCode, Exception exception);

    [LoggerMessage(2008, LogLevel.Warning, "Stopping timed-out execution {ExecutionArn} failed with {ErrorCode}")]
    public static partial void StopFailed(ILogger logger, string executionArn, string errorCode);

    [LoggerMessage(
        2009,
        LogLevel.Information,
        "Restored {Running} in-flight execution(s), {Starting} interrupted start(s) and {Queued} queued trigger(s)"
    )]
    public static partial void StateRestored(ILogger logger, int running, int starting, int queued);

    [LoggerMessage(2010, LogLevel.Error, "The state store could not be written: {Operation}")]
    public static partial void StoreFailed(ILogger logger, string operation, Exception exception);

    [LoggerMessage(2011, LogLevel.Error, "Unexpected failure in the runner's {Activity}")]
    public static partial void Unexpected(ILogger logger, string activity, Exception exception);

    [LoggerMessage(
        2012,
        LogLevel.Warning,
        "Refreshing executions of pipeline {Pipeline} could not get AWS credentials ({ErrorCode}, transient: "
            + "{Transient}); the next poll tries again. {Problem}"
    )]
    public static partial void RefreshCredentialsFailed(
        ILogger logger,
        string pipeline,
        string errorCode,
        bool transient,
        string problem
    );
}
