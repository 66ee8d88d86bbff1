using System.Buffers.Text;
using System.Text.Json;

namespace SageMakerRules.SageMaker.Credentials;

/// <summary>
/// The issuer and audience a JWT claims, read WITHOUT validating it, only to tell a person what was sent to STS.
/// The token itself is never kept or printed.
/// </summary>
internal sealed record TokenClaims(string Issuer, string Audience, DateTimeOffset? ExpiresAt)
{
    private const string Unknown = "(unreadable)";

    /// <summary>Reads the claims of <paramref name="jwt"/>; unreadable parts become "(unreadable)".</summary>
    public static TokenClaims Read(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length < 2 || !Base64Url.IsValid(parts[1]))
        {
            return new TokenClaims(Unknown, Unknown, null);
        }

        try
        {
            using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));

            return FromPayload(document.RootElement);
        }
        catch (JsonException)
        {
            return new TokenClaims(Unknown, Unknown, null);
        }
    }

    private static TokenClaims FromPayload(JsonElement payload)
    {
        var issuer =
            payload.TryGetProperty("iss", out var iss) && iss.ValueKind == JsonValueKind.String
                ? iss.GetString()!
                : Unknown;
        var audience = payload.TryGetProperty("aud", out var aud) ? ReadAudience(aud) : Unknown;
        DateTimeOffset? expiresAt =
            payload.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null;

        return new TokenClaims(issuer, audience, expiresAt);
    }

    private static string ReadAudience(JsonElement audience) =>
        audience.ValueKind switch
        {
            JsonValueKind.String => audience.GetString()!,
            JsonValueKind.Array => string.Join(", ", audience.EnumerateArray().Select(value => value.ToString())),
            _ => Unknown,
        };
}
