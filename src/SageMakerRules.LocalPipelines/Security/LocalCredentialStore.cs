using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SageMakerRules.LocalPipelines.Security;

/// <summary>
/// The credentials the local endpoint accepts, keyed by access key id. Static credentials come from the options;
/// the local STS registers temporary credentials here when it issues them. Safe for concurrent use.
/// </summary>
public sealed class LocalCredentialStore
{
    private const string TemporaryKeyPrefix = "ASIA";

    private const string KeyAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private readonly ConcurrentDictionary<string, LocalCredential> _credentials = new(StringComparer.Ordinal);

    /// <summary>The number of credentials in the store.</summary>
    public int Count => _credentials.Count;

    /// <summary>Adds a credential, replacing any credential with the same access key id.</summary>
    /// <param name="credential">The credential to accept from now on.</param>
    public void Add(LocalCredential credential)
    {
        ArgumentNullException.ThrowIfNull(credential);
        _credentials[credential.AccessKeyId] = credential;
    }

    /// <summary>Looks a credential up by access key id.</summary>
    /// <param name="accessKeyId">The access key id from a request's credential scope.</param>
    /// <param name="credential">The credential when found.</param>
    /// <returns><c>true</c> when the access key id is known (expired credentials are still found).</returns>
    public bool TryGet(
        string accessKeyId,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LocalCredential? credential
    ) => _credentials.TryGetValue(accessKeyId, out credential);

    /// <summary>Removes a credential so that requests signed with it are rejected as unrecognized.</summary>
    /// <param name="accessKeyId">The access key id to forget.</param>
    /// <returns><c>true</c> when a credential was removed.</returns>
    public bool Remove(string accessKeyId) => _credentials.TryRemove(accessKeyId, out _);

    /// <summary>
    /// Creates temporary credentials with fresh random values (an <c>ASIA…</c> access key id, a 40-character secret
    /// and a session token), adds them to the store and returns them.
    /// </summary>
    /// <param name="expiration">When the credentials stop being accepted.</param>
    /// <returns>The new credentials.</returns>
    public LocalCredential IssueTemporary(DateTimeOffset expiration)
    {
        var accessKeyId = TemporaryKeyPrefix + RandomNumberGenerator.GetString(KeyAlphabet, 16);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(30));
        var sessionToken = Convert.ToBase64String(RandomNumberGenerator.GetBytes(96));
        var credential = new LocalCredential(accessKeyId, secret, sessionToken, expiration);
        Add(credential);

        return credential;
    }
}
