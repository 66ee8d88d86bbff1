using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>STS refusals name the trust policy, issuer and audience; transient ones are retried.</summary>
[Collection(FederationCollection.Name)]
public sealed class StsErrorTests(OidcServerFixture oidc)
{
    [Fact]
    public async Task GetCredentialsAsync_UntrustedIssuer_NamesTrustPolicyIssuerAndAudience()
    {
        await using var harness = await FederationHarness.StartAsync(oidc, "https://sts.windows.net/another-tenant/");
        var credentials = harness.Credentials(harness.Options());

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);

        Assert.Equal("InvalidIdentityToken", failure.ErrorCode);
        Assert.Contains($"issuer '{oidc.Issuer}'", failure.Message);
        Assert.Contains($"audience '{OidcServerSettings.ApplicationIdUri}'", failure.Message);
        Assert.Contains("IAM OIDC identity provider", failure.Message);
        Assert.Contains(FederationHarness.RoleArn, failure.Message);
        Assert.DoesNotContain("eyJ", failure.ToString() + harness.Logs.Text);
    }

    [Fact]
    public async Task GetCredentialsAsync_ClientIdScopeForm_AudienceRejected()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var options = harness.Options(options => options.ScopeForm = AzureScopeForm.ClientId);

        var failure = await Assert.ThrowsAsync<CredentialsException>(harness.Credentials(options).GetCredentialsAsync);

        Assert.Equal("InvalidIdentityToken", failure.ErrorCode);
        Assert.Contains($"audience '{OidcServerSettings.ClientId}'", failure.Message);
        Assert.Contains("Incorrect token audience", failure.Message);
    }

    [Fact]
    public async Task GetCredentialsAsync_TokenExpiredOnStsClock_RetriedWithFreshTokensThenReported()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var credentials = harness.Credentials(harness.Options());
        var tokensBefore = (await oidc.GetStatsAsync()).TokenRequests;
        harness.Clock.Advance(TimeSpan.FromHours(2));

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);

        Assert.Equal("ExpiredTokenException", failure.ErrorCode);
        Assert.Contains("clock", failure.Message);
        Assert.Contains("after 3 attempt(s)", failure.Message);
        Assert.Equal(tokensBefore + 3, (await oidc.GetStatsAsync()).TokenRequests);
    }

    [Fact]
    public async Task GetCredentialsAsync_IssuerKeysUnreachableFromSts_RetriedThenTransient()
    {
        var closed = new UriBuilder(FederationHarness.ClosedPort()) { Scheme = "https" }.Uri;
        await using var harness = await FederationHarness.StartAsync(oidc, metadataAddress: closed);
        var credentials = harness.Credentials(harness.Options());

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);

        Assert.Equal("IDPCommunicationError", failure.ErrorCode);
        Assert.True(failure.IsTransient);
        Assert.Contains("after 3 attempt(s)", failure.Message);
        Assert.Contains(oidc.Issuer, failure.Message);
    }

    [Fact]
    public async Task GetCredentialsAsync_StsUnreachable_TransientErrorNamingTheEndpoint()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var closed = FederationHarness.ClosedPort();
        var credentials = harness.Credentials(harness.Options(options => options.StsEndpoint = closed));

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);

        Assert.True(failure.IsTransient);
        Assert.Equal("AzureAd.StsEndpoint", failure.Setting);
        Assert.Contains(closed.ToString(), failure.Message);
        Assert.DoesNotContain("eyJ", failure.ToString() + harness.Logs.Text);
    }
}
