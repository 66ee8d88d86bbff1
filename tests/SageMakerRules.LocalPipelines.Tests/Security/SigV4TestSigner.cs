using System.Globalization;
using SageMakerRules.LocalPipelines.Security;

namespace SageMakerRules.LocalPipelines.Tests.Security;

/// <summary>Signs test requests with the canonicalizer, so verifier tests can vary one thing at a time.</summary>
internal static class SigV4TestSigner
{
    public static SigV4Request Sign(
        SigV4Request request,
        string accessKeyId,
        string secret,
        DateTimeOffset signedAt,
        string region = "us-east-1",
        string service = "sagemaker"
    )
    {
        var amzDate = signedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(request.Headers, StringComparer.Ordinal)
        {
            ["x-amz-date"] = amzDate,
        };
        var unsigned = request with { Headers = headers };
        var signedHeaders = headers.Keys.Order(StringComparer.Ordinal).ToList();
        var scope = $"{amzDate[..8]}/{region}/{service}/aws4_request";
        var canonical = SigV4Canonicalizer.CanonicalRequest(
            unsigned,
            signedHeaders,
            SigV4Canonicalizer.HexSha256(request.Body)
        );
        var key = SigV4Canonicalizer.SigningKey(secret, amzDate[..8], region, service);
        var signature = SigV4Canonicalizer.Signature(key, SigV4Canonicalizer.StringToSign(amzDate, scope, canonical));
        headers["authorization"] =
            $"AWS4-HMAC-SHA256 Credential={accessKeyId}/{scope}, SignedHeaders={string.Join(';', signedHeaders)}, "
            + $"Signature={signature}";

        return unsigned;
    }
}
