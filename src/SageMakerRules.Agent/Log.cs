using Microsoft.Extensions.Logging;

namespace SageMakerRules.Agent;

/// <summary>
/// The agent host's log messages (event ids 1000-1099; the run-time engine logs through its own RunLog). Messages
/// carry identifiers, counts and error codes, never secrets or event payloads.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Information, "Agent {AgentId} created with {RuleCount} rule(s) from {RulesSource}")]
    public static partial void Created(ILogger logger, long agentId, int ruleCount, string rulesSource);

    [LoggerMessage(1001, LogLevel.Error, "Agent {AgentId} cannot be created: {ProblemCount} setting problem(s)")]
    public static partial void CreateFailed(ILogger logger, long agentId, int problemCount);

    [LoggerMessage(1002, LogLevel.Information, "Agent {AgentId} started")]
    public static partial void Started(ILogger logger, long agentId);

    [LoggerMessage(1003, LogLevel.Information, "Agent {AgentId} destroyed")]
    public static partial void Destroyed(ILogger logger, long agentId);

    [LoggerMessage(1004, LogLevel.Warning, "Design-time call '{Call}' failed with {ErrorType}")]
    public static partial void DesignTimeCallFailed(ILogger logger, string call, string errorType);

    [LoggerMessage(1005, LogLevel.Warning, "Event rejected on {Endpoint}: {ErrorKind}")]
    public static partial void EventRejected(ILogger logger, string endpoint, string errorKind);

    [LoggerMessage(1006, LogLevel.Error, "Unexpected {ErrorType} while handling an event on {Endpoint}")]
    public static partial void EventFailed(ILogger logger, Exception exception, string errorType, string endpoint);

    [LoggerMessage(1007, LogLevel.Warning, "Start of rule {Rule} failed with {ErrorCode}")]
    public static partial void StartFailed(ILogger logger, string rule, string errorCode);

    [LoggerMessage(1008, LogLevel.Error, "Publishing to {Endpoint} failed with {ErrorType}")]
    public static partial void PublishFailed(ILogger logger, Exception exception, string endpoint, string errorType);

    [LoggerMessage(1009, LogLevel.Warning, "Agent {AgentId}: Destroy did not finish cleanly ({ErrorType})")]
    public static partial void DestroyIncomplete(ILogger logger, long agentId, string errorType);

    [LoggerMessage(1010, LogLevel.Warning, "Agent {AgentId} received events before Create succeeded; they are errors")]
    public static partial void NotCreated(ILogger logger, long agentId);
}
