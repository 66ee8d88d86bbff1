namespace SageMakerRules.LocalPipelines.Security;

/// <summary>
/// A credential the local endpoint accepts: an access key id with its secret, and for temporary credentials a session
/// token and an expiry. <see cref="ToString"/> never reveals the secret or the session token.
/// </summary>
public sealed class LocalCredential
{
    /// <summary>Creates a credential.</summary>
    /// <param name="accessKeyId">The access key id the client names in its signature's credential scope.</param>
    /// <param name="secretAccessKey">The secret the client signs with.</param>
    /// <param name="sessionToken">The session token of temporary credentials, or <c>null</c> for static ones.</param>
    /// <param name="expiration">When temporary credentials stop being accepted, or <c>null</c> for never.</param>
    public LocalCredential(
        string accessKeyId,
        string secretAccessKey,
        string? sessionToken = null,
        DateTimeOffset? expiration = null
    )
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKeyId);
        ArgumentException.ThrowIfNullOrEmpty(secretAccessKey);
        AccessKeyId = accessKeyId;
        SecretAccessKey = secretAccessKey;
        SessionToken = sessionToken;
        Expiration = expiration;
    }

    /// <summary>The access key id.</summary>
    public string AccessKeyId { get; }

    /// <summary>The secret access key. Never log it.</summary>
    public string SecretAccessKey { get; }

    /// <summary>
    /// The session token of temporary credentials, or <c>null</c> for static credentials. Never log it.
    /// </summary>
    public string? SessionToken { get; }

    /// <summary>When temporary credentials expire, or <c>null</c> when they never do.</summary>
    public DateTimeOffset? Expiration { get; }

    /// <summary>Whether these are temporary credentials (they carry a session token).</summary>
    public bool IsTemporary => SessionToken is not null;

    /// <summary>Whether the credential has expired at <paramref name="now"/>.</summary>
    /// <param name="now">The current time on the server's clock.</param>
    /// <returns><c>true</c> when an expiry is set and has passed.</returns>
    public bool IsExpiredAt(DateTimeOffset now) => Expiration is { } expiration && now >= expiration;

    /// <summary>Describes the credential by its access key id only.</summary>
    /// <returns>Text without the secret or the session token.</returns>
    public override string ToString() =>
        IsTemporary ? $"temporary credential {AccessKeyId}" : $"static credential {AccessKeyId}";
}
