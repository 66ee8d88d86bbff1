using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.SageMaker.Tests.Credentials;

public sealed class StsErrorsTests
{
    private const string Issuer = "https://login.microsoftonline.com/tenant-1/v2.0";

    private const string Audience = "api://33333333-dddd-eeee-ffff-444444444444";

    private static readonly string Token = TestSettings.Jwt(Issuer, Audience, DateTimeOffset.UnixEpoch.AddYears(60));

    [Theory]
    [InlineData("InvalidIdentityToken", "IAM OIDC identity provider")]
    [InlineData("IDPRejectedClaim", "trust policy")]
    [InlineData("AccessDenied", "trust policy")]
    public void Map_TrustFailure_NamesRoleIssuerAndAudience(string code, string advice)
    {
        var exception = Map(new WebIdentityExchangeException(code, "Not authorized.", 403));

        Assert.Equal(code, exception.ErrorCode);
        Assert.Equal("AzureAd.RoleArn", exception.Setting);
        Assert.Contains(advice, exception.Message);
        Assert.Contains("arn:aws:iam::123456789012:role/sagemaker-rules", exception.Message);
        Assert.Contains($"issuer '{Issuer}'", exception.Message);
        Assert.Contains($"audience '{Audience}'", exception.Message);
        Assert.False(exception.IsTransient);
    }

    [Fact]
    public void Map_RejectedClaim_ShowsTheAudienceCondition()
    {
        var exception = Map(new WebIdentityExchangeException("IDPRejectedClaim", "rejected", 403));

        Assert.Contains($"\"login.microsoftonline.com/tenant-1/v2.0:aud\" = \"{Audience}\"", exception.Message);
    }

    [Fact]
    public void Map_Unreachable_NamesEndpointSettings()
    {
        var exception = Map(new WebIdentityExchangeException(null, "Connection refused", 0));

        Assert.True(exception.IsTransient);
        Assert.Equal("AzureAd.StsEndpoint", exception.Setting);
        Assert.Contains("AWS_ENDPOINT_URL_STS", exception.Message);
    }

    [Fact]
    public void Map_AnyFailure_NeverShowsTheToken()
    {
        foreach (var code in new[] { "InvalidIdentityToken", "ExpiredTokenException", "IDPCommunicationError", "X" })
        {
            var rendered = Map(new WebIdentityExchangeException(code, "message", 400)).ToString();

            Assert.DoesNotContain(Token, rendered);
            Assert.DoesNotContain(Token.Split('.')[2], rendered);
        }
    }

    [Theory]
    [InlineData("IDPCommunicationError", 400, true)]
    [InlineData("ExpiredTokenException", 400, true)]
    [InlineData(null, 0, true)]
    [InlineData("InternalFailure", 500, true)]
    [InlineData("InvalidIdentityToken", 400, false)]
    [InlineData("AccessDenied", 403, false)]
    public void IsRetryable_Code_MatchesStsGuidance(string? code, int status, bool expected) =>
        Assert.Equal(expected, StsErrors.IsRetryable(new WebIdentityExchangeException(code, "m", status)));

    [Fact]
    public void Read_Token_ReturnsClaimsWithoutValidating()
    {
        var claims = TokenClaims.Read(Token);

        Assert.Equal(Issuer, claims.Issuer);
        Assert.Equal(Audience, claims.Audience);
    }

    [Fact]
    public void Read_NotAJwt_ReturnsUnreadable() => Assert.Equal("(unreadable)", TokenClaims.Read("opaque").Issuer);

    private static CredentialsException Map(WebIdentityExchangeException exception) =>
        StsErrors.Map(exception, TokenClaims.Read(Token), TestSettings.Settings(), attempts: 1);
}
