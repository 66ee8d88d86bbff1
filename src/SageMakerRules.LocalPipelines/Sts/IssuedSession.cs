namespace SageMakerRules.LocalPipelines.Sts;

/// <summary>
/// One role session the local STS opened with <c>AssumeRoleWithWebIdentity</c>: what CloudTrail would show of the
/// exchange. It holds identifiers only, never the token, the secret access key or the session token.
/// </summary>
/// <param name="AccessKeyId">The access key id of the issued temporary credentials.</param>
/// <param name="RoleArn">The role that was assumed.</param>
/// <param name="RoleSessionName">The role session name the caller sent.</param>
/// <param name="AssumedRoleArn">
/// The assumed-role user: <c>arn:aws:sts::{account}:assumed-role/{role}/{session}</c>.
/// </param>
/// <param name="Subject">The subject of the web identity token.</param>
/// <param name="Expiration">When the issued credentials expire, on the server's clock.</param>
public sealed record IssuedSession(
    string AccessKeyId,
    string RoleArn,
    string RoleSessionName,
    string AssumedRoleArn,
    string Subject,
    DateTimeOffset Expiration
);
