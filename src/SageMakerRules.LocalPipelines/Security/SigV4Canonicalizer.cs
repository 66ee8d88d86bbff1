using System.Security.Cryptography;
using System.Text;

namespace SageMakerRules.LocalPipelines.Security;

/// <summary>
/// Builds the SigV4 canonical request, the string to sign and the signing key, as the SigV4 specification defines
/// them for services other than S3 (each path segment is encoded once more than on the wire).
/// </summary>
internal static class SigV4Canonicalizer
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public static string CanonicalRequest(SigV4Request request, IReadOnlyList<string> signedHeaders, string bodyHash)
    {
        var builder = new StringBuilder();
        builder.Append(request.Method.ToUpperInvariant()).Append('\n');
        builder.Append(CanonicalUri(request.RawPath)).Append('\n');
        builder.Append(CanonicalQuery(request.RawQuery)).Append('\n');

        foreach (var name in signedHeaders)
        {
            builder.Append(name).Append(':').Append(CanonicalHeaderValue(request.Header(name))).Append('\n');
        }

        builder.Append('\n').Append(string.Join(';', signedHeaders)).Append('\n');
        builder.Append(bodyHash);

        return builder.ToString();
    }

    public static string StringToSign(string amzDate, string scope, string canonicalRequest) =>
        $"{Algorithm}\n{amzDate}\n{scope}\n{HexSha256(Encoding.UTF8.GetBytes(canonicalRequest))}";

    public static byte[] SigningKey(string secret, string date, string region, string service)
    {
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secret), date);
        key = Hmac(key, region);
        key = Hmac(key, service);

        return Hmac(key, "aws4_request");
    }

    public static string Signature(byte[] signingKey, string stringToSign) =>
        Convert.ToHexStringLower(Hmac(signingKey, stringToSign));

    public static string HexSha256(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(SHA256.HashData(data));

    public static string UriEncode(string value)
    {
        var builder = new StringBuilder(value.Length);

        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (IsUnreserved(b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static string CanonicalUri(string rawPath)
    {
        if (rawPath.Length == 0)
        {
            return "/";
        }

        return string.Join('/', rawPath.Split('/').Select(UriEncode));
    }

    private static string CanonicalQuery(string rawQuery)
    {
        var pairs = rawQuery
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(SplitPair)
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal);

        return string.Join('&', pairs.Select(pair => pair.Key + "=" + pair.Value));
    }

    private static KeyValuePair<string, string> SplitPair(string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        var key = equals < 0 ? pair : pair[..equals];
        var value = equals < 0 ? string.Empty : pair[(equals + 1)..];

        return new(UriEncode(Uri.UnescapeDataString(key)), UriEncode(Uri.UnescapeDataString(value)));
    }

    private static string CanonicalHeaderValue(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        return string.Join(' ', value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static bool IsUnreserved(byte b) =>
        b
            is (>= (byte)'A' and <= (byte)'Z')
                or (>= (byte)'a' and <= (byte)'z')
                or (>= (byte)'0' and <= (byte)'9')
                or (byte)'-'
                or (byte)'_'
                or (byte)'.'
                or (byte)'~';

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
