using Microsoft.Extensions.Logging;

namespace SageMakerRules.SageMaker;

/// <summary>
/// Source-generated log messages of this assembly: identifiers, codes and durations only, never payloads.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "SageMaker endpoint {Endpoint} (from {Source})")]
    public static partial void EndpointResolved(ILogger logger, Uri endpoint, string source);

    [LoggerMessage(2, LogLevel.Debug, "{Operation} succeeded in {ElapsedMilliseconds} ms (request {RequestId})")]
    public static partial void OperationSucceeded(
        ILogger logger,
        string operation,
        long elapsedMilliseconds,
        string? requestId
    );

    [LoggerMessage(
        3,
        LogLevel.Warning,
        "{Operation} failed with {ErrorCode} (HTTP {StatusCode}, request {RequestId}) after {ElapsedMilliseconds} ms"
    )]
    public static partial void OperationFailed(
        ILogger logger,
        string operation,
        string errorCode,
        int statusCode,
        string? requestId,
        long elapsedMilliseconds
    );

    [LoggerMessage(
        4,
        LogLevel.Information,
        "{Operation} attempt {Attempt} failed with {ErrorCode} (HTTP {StatusCode})"
    )]
    public static partial void AttemptFailed(
        ILogger logger,
        string operation,
        int attempt,
        string errorCode,
        int statusCode
    );

    [LoggerMessage(5, LogLevel.Information, "Retrying {Operation}: attempt {Attempt}")]
    public static partial void Retrying(ILogger logger, string operation, int attempt);

    [LoggerMessage(6, LogLevel.Warning, "{Operation} was not sent: {Member} is invalid")]
    public static partial void RequestRejected(ILogger logger, string operation, string? member);

    [LoggerMessage(7, LogLevel.Warning, "{Operation} failed without an answer from SageMaker: {ExceptionType}")]
    public static partial void OperationFailedWithoutAnswer(ILogger logger, string operation, string exceptionType);

    [LoggerMessage(
        8,
        LogLevel.Information,
        "{Operation}: session credentials expired; refreshing them and retrying once"
    )]
    public static partial void RefreshingExpiredCredentials(ILogger logger, string operation);
}
