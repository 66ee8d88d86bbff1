using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Security;

/// <summary>
/// Verifies SigV4 signatures server-side: finds the credential, checks the session token, its expiry and the request
/// date against the injected clock, recomputes the signature and compares it in constant time. Every failure is an
/// <see cref="ApiException"/> with the AWS error code and status a client of the real service would see.
/// </summary>
internal sealed class SigV4Verifier(LocalCredentialStore store, TimeProvider clock, string region, string service)
{
    private const string AmzDateFormat = "yyyyMMdd'T'HHmmss'Z'";

    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(5);

    /// <summary>Verifies the request and returns the credential that signed it.</summary>
    public LocalCredential Verify(SigV4Request request)
    {
        var header = request.Header("authorization") ?? throw MissingToken();
        var authorization = AuthorizationHeader.Parse(header);
        var signedAt = ReadDate(request, out var amzDate);

        CheckSkew(signedAt, amzDate);
        CheckScope(authorization, amzDate);

        var credential = FindCredential(authorization.AccessKeyId, request.Header("x-amz-security-token"));
        CheckSignature(request, authorization, credential, amzDate);

        return credential;
    }

    private static DateTimeOffset ReadDate(SigV4Request request, out string amzDate)
    {
        if (request.Header("x-amz-date") is { } header)
        {
            amzDate = header;

            return DateTimeOffset.TryParseExact(
                header,
                AmzDateFormat,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal,
                out var parsed
            )
                ? parsed
                : throw Incomplete($"X-Amz-Date '{header}' is not in the ISO 8601 basic format yyyyMMddTHHmmssZ.");
        }

        if (
            request.Header("date") is { } date
            && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, out var http)
        )
        {
            amzDate = http.UtcDateTime.ToString(AmzDateFormat, CultureInfo.InvariantCulture);

            return http;
        }

        throw Incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
    }

    private void CheckSkew(DateTimeOffset signedAt, string amzDate)
    {
        var now = clock.GetUtcNow();

        if (signedAt < now - AllowedSkew)
        {
            throw InvalidSignature(
                $"Signature expired: {amzDate} is now earlier than {Format(now - AllowedSkew)} ({Format(now)} - 5 min.)"
            );
        }

        if (signedAt > now + AllowedSkew)
        {
            throw InvalidSignature(
                $"Signature not yet current: {amzDate} is still later than {Format(now + AllowedSkew)} "
                    + $"({Format(now)} + 5 min.)"
            );
        }
    }

    private void CheckScope(AuthorizationHeader authorization, string amzDate)
    {
        if (
            !amzDate.StartsWith(authorization.ScopeDate, StringComparison.Ordinal)
            || authorization.ScopeDate.Length != 8
        )
        {
            throw InvalidSignature(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: "
                    + $"'{authorization.ScopeDate}' != '{amzDate[..Math.Min(8, amzDate.Length)]}', from '{amzDate}'."
            );
        }

        if (!string.Equals(authorization.ScopeRegion, region, StringComparison.Ordinal))
        {
            throw InvalidSignature(
                $"Credential should be scoped to a valid region. This endpoint serves '{region}', "
                    + $"not '{authorization.ScopeRegion}'."
            );
        }

        if (!string.Equals(authorization.ScopeService, service, StringComparison.Ordinal))
        {
            throw InvalidSignature($"Credential should be scoped to correct service: '{service}'.");
        }

        if (!authorization.SignedHeaders.Contains("host"))
        {
            throw InvalidSignature("'Host' must be a 'SignedHeader' in the AWS Authorization.");
        }
    }

    private LocalCredential FindCredential(string accessKeyId, string? sessionToken)
    {
        if (!store.TryGet(accessKeyId, out var credential) || !TokenMatches(credential, sessionToken))
        {
            throw new ApiException(
                ErrorCodes.UnrecognizedClient,
                "The security token included in the request is invalid.",
                HttpStatusCode.Forbidden
            );
        }

        if (credential.IsExpiredAt(clock.GetUtcNow()))
        {
            throw new ApiException(
                ErrorCodes.ExpiredToken,
                "The security token included in the request is expired",
                HttpStatusCode.Forbidden
            );
        }

        return credential;
    }

    private static bool TokenMatches(LocalCredential credential, string? sessionToken)
    {
        if (credential.SessionToken is null || sessionToken is null)
        {
            return credential.SessionToken is null && sessionToken is null;
        }

        return CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(credential.SessionToken),
            Encoding.UTF8.GetBytes(sessionToken)
        );
    }

    private static void CheckSignature(
        SigV4Request request,
        AuthorizationHeader authorization,
        LocalCredential credential,
        string amzDate
    )
    {
        var bodyHash = SigV4Canonicalizer.HexSha256(request.Body);

        if (
            request.Header("x-amz-content-sha256") is { } declared
            && !string.Equals(declared, bodyHash, StringComparison.OrdinalIgnoreCase)
        )
        {
            throw InvalidSignature("The provided 'x-amz-content-sha256' header does not match what was computed.");
        }

        var canonical = SigV4Canonicalizer.CanonicalRequest(request, authorization.SignedHeaders, bodyHash);
        var stringToSign = SigV4Canonicalizer.StringToSign(amzDate, authorization.Scope, canonical);
        var key = SigV4Canonicalizer.SigningKey(
            credential.SecretAccessKey,
            authorization.ScopeDate,
            authorization.ScopeRegion,
            authorization.ScopeService
        );
        var expected = SigV4Canonicalizer.Signature(key, stringToSign);

        if (
            !CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(expected),
                Encoding.ASCII.GetBytes(authorization.Signature)
            )
        )
        {
            throw InvalidSignature(
                "The request signature we calculated does not match the signature you provided. "
                    + "Check your AWS Secret Access Key and signing method. "
                    + "Consult the service documentation for details."
            );
        }
    }

    private static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString(AmzDateFormat, CultureInfo.InvariantCulture);

    private static ApiException MissingToken() =>
        new(ErrorCodes.MissingAuthenticationToken, "Missing Authentication Token", HttpStatusCode.Forbidden);

    private static ApiException Incomplete(string message) => new(ErrorCodes.IncompleteSignature, message);

    private static ApiException InvalidSignature(string message) =>
        new(ErrorCodes.InvalidSignature, message, HttpStatusCode.Forbidden);
}
