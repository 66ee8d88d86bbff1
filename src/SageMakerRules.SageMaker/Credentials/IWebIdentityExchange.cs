using Amazon.Runtime;

namespace SageMakerRules.SageMaker.Credentials;

/// <summary>Exchanges a web identity token for temporary AWS credentials (STS AssumeRoleWithWebIdentity).</summary>
internal interface IWebIdentityExchange
{
    /// <summary>Calls STS once, without retrying.</summary>
    /// <exception cref="WebIdentityExchangeException">STS answered with an error or could not be reached.</exception>
    Task<ExchangedCredentials> ExchangeAsync(string webIdentityToken, CancellationToken cancellationToken);
}

/// <summary>Temporary AWS credentials and the moment they expire.</summary>
internal sealed record ExchangedCredentials(ImmutableCredentials Credentials, DateTimeOffset Expiration)
{
    /// <inheritdoc/>
    public override string ToString() => $"ExchangedCredentials {{ Expiration = {Expiration:O} }}";
}

/// <summary>One failed STS call: the STS error code (or null when STS was not reached) and its message.</summary>
internal sealed class WebIdentityExchangeException(string? errorCode, string message, int statusCode)
    : Exception(message)
{
    /// <summary>The STS error code, for example <c>InvalidIdentityToken</c>; null when STS was not reached.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>The HTTP status of STS's answer; 0 when STS was not reached.</summary>
    public int StatusCode { get; } = statusCode;
}
