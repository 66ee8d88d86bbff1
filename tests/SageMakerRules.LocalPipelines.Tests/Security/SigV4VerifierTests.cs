using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using SageMakerRules.LocalPipelines.Protocol;
using SageMakerRules.LocalPipelines.Security;

namespace SageMakerRules.LocalPipelines.Tests.Security;

public sealed class SigV4VerifierTests
{
    private const string Key = "AKIATESTKEY000000001";

    private const string Secret = "test-secret-0123456789";

    private static readonly DateTimeOffset Now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Now);

    private readonly LocalCredentialStore _store = new();

    public SigV4VerifierTests() => _store.Add(new LocalCredential(Key, Secret));

    [Fact]
    public void Verify_CorrectSignature_ReturnsCredential()
    {
        var credential = Verifier().Verify(Signed(Key, Secret, Now));

        Assert.Equal(Key, credential.AccessKeyId);
    }

    [Fact]
    public void Verify_WrongSecret_InvalidSignature403()
    {
        var error = Reject(Signed(Key, "not-the-secret", Now));

        Assert.Equal((ErrorCodes.InvalidSignature, HttpStatusCode.Forbidden), (error.Code, error.Status));
        Assert.DoesNotContain("not-the-secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_UnknownAccessKey_UnrecognizedClient403()
    {
        var error = Reject(Signed("AKIAUNKNOWN000000000", Secret, Now));

        Assert.Equal((ErrorCodes.UnrecognizedClient, HttpStatusCode.Forbidden), (error.Code, error.Status));
        Assert.Equal("The security token included in the request is invalid.", error.Message);
    }

    [Fact]
    public void Verify_SignedSixMinutesAgo_SignatureExpired()
    {
        var error = Reject(Signed(Key, Secret, Now - TimeSpan.FromMinutes(6)));

        Assert.Equal(ErrorCodes.InvalidSignature, error.Code);
        Assert.Equal(
            "Signature expired: 20261203T115400Z is now earlier than 20261203T115500Z (20261203T120000Z - 5 min.)",
            error.Message
        );
    }

    [Fact]
    public void Verify_SignedFourMinutesAhead_Accepted()
    {
        var credential = Verifier().Verify(Signed(Key, Secret, Now + TimeSpan.FromMinutes(4)));

        Assert.Equal(Key, credential.AccessKeyId);
    }

    [Fact]
    public void Verify_SignedSixMinutesAhead_SignatureNotYetCurrent()
    {
        var error = Reject(Signed(Key, Secret, Now + TimeSpan.FromMinutes(6)));

        Assert.StartsWith("Signature not yet current: 20261203T120600Z", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ClockMovesPastSkewAfterSigning_SignatureExpired()
    {
        var request = Signed(Key, Secret, Now);
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        Assert.Equal(ErrorCodes.InvalidSignature, Reject(request).Code);
    }

    [Fact]
    public void Verify_ExpiredTemporaryCredential_ExpiredToken()
    {
        _store.Add(new LocalCredential("ASIATEMP", "temp-secret", "session-token", Now - TimeSpan.FromSeconds(1)));
        var request = Signed("ASIATEMP", "temp-secret", Now, "session-token");

        var error = Reject(request);

        Assert.Equal((ErrorCodes.ExpiredToken, HttpStatusCode.Forbidden), (error.Code, error.Status));
    }

    [Fact]
    public void Verify_TemporaryCredentialBeforeExpiry_Accepted()
    {
        _store.Add(new LocalCredential("ASIATEMP", "temp-secret", "session-token", Now + TimeSpan.FromMinutes(15)));

        var credential = Verifier().Verify(Signed("ASIATEMP", "temp-secret", Now, "session-token"));

        Assert.True(credential.IsTemporary);
    }

    [Fact]
    public void Verify_TemporaryCredentialWithWrongSessionToken_UnrecognizedClient()
    {
        _store.Add(new LocalCredential("ASIATEMP", "temp-secret", "session-token", Now + TimeSpan.FromMinutes(15)));

        var error = Reject(Signed("ASIATEMP", "temp-secret", Now, "another-token"));

        Assert.Equal(ErrorCodes.UnrecognizedClient, error.Code);
    }

    [Fact]
    public void Verify_NoAuthorizationHeader_MissingAuthenticationToken()
    {
        var request = new SigV4Request("POST", "/", "", new Dictionary<string, string> { ["host"] = "h" }, []);

        Assert.Equal(ErrorCodes.MissingAuthenticationToken, Reject(request).Code);
    }

    [Fact]
    public void Verify_SignedForAnotherRegion_InvalidSignatureNamingRegion()
    {
        var error = Reject(SigV4TestSigner.Sign(Body(), Key, Secret, Now, region: "eu-west-1"));

        Assert.Equal(ErrorCodes.InvalidSignature, error.Code);
        Assert.Contains("'eu-west-1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_BodyChangedAfterSigning_InvalidSignature()
    {
        var request = Signed(Key, Secret, Now) with { Body = Encoding.UTF8.GetBytes("{\"PipelineName\":\"other\"}") };

        Assert.Equal(ErrorCodes.InvalidSignature, Reject(request).Code);
    }

    [Fact]
    public void Verify_MalformedAuthorizationHeader_IncompleteSignature()
    {
        var request = Signed(Key, Secret, Now);
        var headers = new Dictionary<string, string>(request.Headers)
        {
            ["authorization"] = "AWS4-HMAC-SHA256 Foo=bar",
        };

        Assert.Equal(ErrorCodes.IncompleteSignature, Reject(request with { Headers = headers }).Code);
    }

    private SigV4Verifier Verifier() => new(_store, _clock, "us-east-1", "sagemaker");

    private ApiException Reject(SigV4Request request) => Assert.Throws<ApiException>(() => Verifier().Verify(request));

    private static SigV4Request Signed(string key, string secret, DateTimeOffset at, string? token = null)
    {
        var body = Body();

        if (token is not null)
        {
            body = body with
            {
                Headers = new Dictionary<string, string>(body.Headers) { ["x-amz-security-token"] = token },
            };
        }

        return SigV4TestSigner.Sign(body, key, secret, at);
    }

    private static SigV4Request Body() =>
        new(
            "POST",
            "/",
            "",
            new Dictionary<string, string>
            {
                ["host"] = "127.0.0.1:5000",
                ["content-type"] = "application/x-amz-json-1.1",
                ["x-amz-target"] = "SageMaker.ListPipelines",
            },
            Encoding.UTF8.GetBytes("{}")
        );
}
