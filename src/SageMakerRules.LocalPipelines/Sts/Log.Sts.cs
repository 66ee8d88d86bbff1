using Microsoft.Extensions.Logging;

namespace SageMakerRules.LocalPipelines;

/// <summary>The local STS's log events (IDs 200-249). Identifiers only; never tokens or secrets.</summary>
internal static partial class Log
{
    [LoggerMessage(
        200,
        LogLevel.Information,
        "STS issued {AccessKeyId} for role {RoleArn}, session {SessionName}, subject {Subject}; expires {Expiration:O}"
    )]
    public static partial void StsIssued(
        ILogger logger,
        string accessKeyId,
        string roleArn,
        string sessionName,
        string subject,
        DateTimeOffset expiration
    );

    [LoggerMessage(201, LogLevel.Warning, "STS refused {Action} with {Code}: {Message}")]
    public static partial void StsRefused(ILogger logger, string action, string code, string message);
}
