using Microsoft.Extensions.Time.Testing;
using SageMakerRules.LocalPipelines.Security;

namespace SageMakerRules.LocalPipelines.Tests.Security;

/// <summary>
/// The verifier against published AWS SigV4 examples (the aws-sig-v4-test-suite cases and the IAM ListUsers example
/// of the AWS General Reference), which were signed by AWS's own tooling, not by this code.
/// </summary>
public sealed class SigV4TestVectorTests
{
    private const string AccessKeyId = "AKIDEXAMPLE";

    private const string Secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    private const string AmzDate = "20150830T123600Z";

    private static readonly DateTimeOffset SignedAt = new(2015, 8, 30, 12, 36, 0, TimeSpan.Zero);

    [Fact]
    public void SigningKey_IamExample_MatchesPublishedKey()
    {
        var key = SigV4Canonicalizer.SigningKey(Secret, "20150830", "us-east-1", "iam");

        Assert.Equal("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9", Convert.ToHexStringLower(key));
    }

    [Theory]
    [InlineData("GET", "", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")]
    [InlineData("POST", "", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b")]
    [InlineData(
        "GET",
        "Param2=value2&Param1=value1",
        "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"
    )]
    public void Verify_TestSuiteVanillaRequests_Accepted(string method, string query, string signature)
    {
        var request = Request(method, query, [], "host;x-amz-date", signature, ("host", "example.amazonaws.com"));

        var credential = Verifier("service").Verify(request);

        Assert.Equal(AccessKeyId, credential.AccessKeyId);
    }

    [Fact]
    public void Verify_IamListUsersExample_Accepted()
    {
        var request = Request(
            "GET",
            "Action=ListUsers&Version=2010-05-08",
            [],
            "content-type;host;x-amz-date",
            "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
            ("host", "iam.amazonaws.com"),
            ("content-type", "application/x-www-form-urlencoded; charset=utf-8")
        );

        var credential = Verifier("iam").Verify(request);

        Assert.Equal(AccessKeyId, credential.AccessKeyId);
    }

    [Fact]
    public void Verify_TestSuiteVanillaWithOneSignatureDigitChanged_Rejected()
    {
        var request = Request(
            "GET",
            "",
            [],
            "host;x-amz-date",
            "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf30",
            ("host", "example.amazonaws.com")
        );

        var exception = Assert.ThrowsAny<Exception>(() => Verifier("service").Verify(request));

        Assert.Contains("does not match", exception.Message, StringComparison.Ordinal);
    }

    private static SigV4Verifier Verifier(string service)
    {
        var store = new LocalCredentialStore();
        store.Add(new LocalCredential(AccessKeyId, Secret));

        return new SigV4Verifier(store, new FakeTimeProvider(SignedAt), "us-east-1", service);
    }

    private static SigV4Request Request(
        string method,
        string query,
        byte[] body,
        string signedHeaders,
        string signature,
        params (string Name, string Value)[] headers
    )
    {
        var service = headers.Any(h => h.Value == "iam.amazonaws.com") ? "iam" : "service";
        var all = headers.ToDictionary(h => h.Name, h => h.Value, StringComparer.Ordinal);
        all["x-amz-date"] = AmzDate;
        all["authorization"] =
            $"AWS4-HMAC-SHA256 Credential={AccessKeyId}/20150830/us-east-1/{service}/aws4_request, "
            + $"SignedHeaders={signedHeaders}, Signature={signature}";

        return new SigV4Request(method, "/", query, all, body);
    }
}
