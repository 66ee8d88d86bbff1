using Microsoft.Extensions.Logging;

namespace SageMakerRules.LocalPipelines;

/// <summary>
/// The assembly's log messages (event ids 1 to 99 for the SageMaker side, 200 to 299 reserved for the local STS, which
/// adds its messages in another part of this class). Messages carry names, ARNs, codes and counts, never credentials,
/// tokens, signatures or request bodies.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(
        1,
        LogLevel.Information,
        "Pipeline {PipelineName} added ({ParameterCount} parameters, {StepCount} steps)"
    )]
    public static partial void PipelineAdded(ILogger logger, string pipelineName, int parameterCount, int stepCount);

    [LoggerMessage(
        2,
        LogLevel.Information,
        "Execution {ExecutionArn} of {PipelineName} started (simulated failure: {WillFail})"
    )]
    public static partial void ExecutionStarted(
        ILogger logger,
        string pipelineName,
        string executionArn,
        bool willFail
    );

    [LoggerMessage(3, LogLevel.Information, "Execution {ExecutionArn} asked to stop")]
    public static partial void ExecutionStopRequested(ILogger logger, string executionArn);

    [LoggerMessage(4, LogLevel.Warning, "Start refused: {Running} executions running, the limit is {Limit}")]
    public static partial void ConcurrencyLimitReached(ILogger logger, int running, int limit);

    [LoggerMessage(
        10,
        LogLevel.Information,
        "Local SageMaker Pipelines endpoint listening on {Endpoint} (region {Region}, {PipelineCount} pipelines)"
    )]
    public static partial void ServerStarted(ILogger logger, Uri endpoint, string region, int pipelineCount);

    [LoggerMessage(11, LogLevel.Information, "Local SageMaker Pipelines endpoint on {Endpoint} stopped")]
    public static partial void ServerStopped(ILogger logger, Uri endpoint);

    [LoggerMessage(20, LogLevel.Debug, "{Operation} answered {Status} (request {RequestId})")]
    public static partial void RequestHandled(ILogger logger, string operation, int status, string requestId);

    [LoggerMessage(21, LogLevel.Information, "{Operation} rejected with {ErrorCode} ({Status}) (request {RequestId})")]
    public static partial void RequestRejected(
        ILogger logger,
        string operation,
        string errorCode,
        int status,
        string requestId
    );

    [LoggerMessage(22, LogLevel.Information, "Injected fault {Fault} into {Operation} (request {RequestId})")]
    public static partial void FaultInjected(ILogger logger, string fault, string operation, string requestId);

    [LoggerMessage(23, LogLevel.Error, "{Operation} failed unexpectedly (request {RequestId})")]
    public static partial void UnexpectedError(ILogger logger, Exception exception, string operation, string requestId);
}
