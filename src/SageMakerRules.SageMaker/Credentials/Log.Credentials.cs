using Microsoft.Extensions.Logging;

namespace SageMakerRules.SageMaker;

/// <summary>The credential providers' log events (IDs 400-449). Identifiers and times only; never secrets.</summary>
internal static partial class Log
{
    [LoggerMessage(400, LogLevel.Debug, "Requesting an Azure AD token for client {ClientId} in tenant {TenantId}")]
    public static partial void RequestingAzureToken(ILogger logger, string clientId, string tenantId);

    [LoggerMessage(
        401,
        LogLevel.Information,
        "Assumed role {RoleArn} as session {SessionName}; credentials expire at {Expiration:O}"
    )]
    public static partial void AssumedRole(
        ILogger logger,
        string roleArn,
        string sessionName,
        DateTimeOffset expiration
    );

    [LoggerMessage(
        402,
        LogLevel.Warning,
        "STS attempt {Attempt} of {MaxAttempts} for role {RoleArn} failed with {ErrorCode}; trying again"
    )]
    public static partial void ExchangeRetry(
        ILogger logger,
        int attempt,
        int maxAttempts,
        string roleArn,
        string errorCode
    );

    [LoggerMessage(403, LogLevel.Error, "Refreshing AWS credentials for role {RoleArn} failed: {Reason}")]
    public static partial void RefreshFailed(ILogger logger, string roleArn, string reason);
}
