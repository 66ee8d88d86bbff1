using Amazon.Runtime;
using SageMakerRules.SageMaker;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.EndToEnd.Tests.Federation;

[Collection(FederationCollection.Name)]
public sealed class FederationTests(OidcServerFixture oidc)
{
    [Fact]
    public async Task ListPipelines_AzureAdFederation_SignedCallAccepted()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var before = await oidc.GetStatsAsync();
        var credentials = harness.Credentials(harness.Options());
        using var client = harness.Client(credentials);

        var response = await client.ListPipelinesAsync(new ListPipelinesRequest());

        var issued = await credentials.GetCredentialsAsync();
        Assert.NotNull(response);
        Assert.StartsWith("ASIA", issued.AccessKey);
        Assert.True(harness.Server.Credentials.TryGet(issued.AccessKey, out var stored));
        Assert.Equal("federation-test", credentials.RoleSessionName);
        Assert.Equal(before.TokenRequests + 1, (await oidc.GetStatsAsync()).TokenRequests);
        AssertNoSecrets(harness.Logs.Text, issued);
    }

    [Fact]
    public async Task GetCredentialsAsync_ConcurrentCallersNearExpiry_OneTokenAndTwoExchanges()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        // The credentials and the endpoint share one clock, as they share the real one in production. The SDK signs
        // with the real time and corrects its skew from the endpoint's Date header after the clock moves.
        var credentials = harness.Credentials(harness.Options(), harness.Clock);
        using var client = harness.Client(credentials);
        var tokensBefore = (await oidc.GetStatsAsync()).TokenRequests;
        var storeBefore = harness.Server.Credentials.Count;
        var first = await credentials.GetCredentialsAsync();

        harness.Clock.Advance(TimeSpan.FromMinutes(11));
        var calls = Enumerable.Range(0, 12).Select(_ => client.ListPipelinesAsync(new ListPipelinesRequest()));
        await Task.WhenAll(calls);
        var refreshed = await WaitForNewCredentialsAsync(credentials, first);
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.ListPipelinesAsync(new ListPipelinesRequest())));

        Assert.NotEqual(first.AccessKey, refreshed.AccessKey);
        Assert.Equal(refreshed.AccessKey, (await credentials.GetCredentialsAsync()).AccessKey);
        Assert.Equal(storeBefore + 2, harness.Server.Credentials.Count);
        Assert.Equal(tokensBefore + 1, (await oidc.GetStatsAsync()).TokenRequests);
    }

    [Fact]
    public async Task AssumeRoleWithWebIdentity_IssuedCredentials_ExpireAfterTheDuration()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var issuedAt = harness.Clock.GetUtcNow();

        var issued = await harness.Credentials(harness.Options()).GetCredentialsAsync();

        Assert.True(harness.Server.Credentials.TryGet(issued.AccessKey, out var stored));
        Assert.Equal(issued.Token, stored.SessionToken);
        Assert.Equal(issuedAt.AddSeconds(900), stored.Expiration);
        Assert.False(stored.IsExpiredAt(issuedAt.AddSeconds(899)));
        Assert.True(stored.IsExpiredAt(issuedAt.AddSeconds(900)));
    }

    [Fact]
    public async Task ListPipelines_IssuedCredentialsAfterExpiry_Rejected()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var issued = await harness.Credentials(harness.Options()).GetCredentialsAsync();
        using var client = harness.Client(new SessionAWSCredentials(issued.AccessKey, issued.SecretKey, issued.Token));
        await client.ListPipelinesAsync(new ListPipelinesRequest());

        harness.Clock.Advance(TimeSpan.FromSeconds(901));

        await Assert.ThrowsAsync<ExpiredTokenException>(() => client.ListPipelinesAsync(new ListPipelinesRequest()));
    }

    [Fact]
    public async Task GetCredentialsAsync_WrongClientSecret_NamesTheSecretSetting()
    {
        const string wrongSecret = "wrong-secret~8Kp-never-printed";
        await using var harness = await FederationHarness.StartAsync(oidc);
        var credentials = harness.Credentials(harness.Options(options => options.ClientSecret = wrongSecret));

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);

        Assert.Equal("AzureAd.ClientSecret", failure.Setting);
        Assert.Equal("AADSTS7000215", failure.ErrorCode);
        Assert.Contains("Certificates & secrets", failure.Message);
        Assert.DoesNotContain(wrongSecret, failure.ToString() + harness.Logs.Text);
        Assert.DoesNotContain(OidcServerSettings.ClientSecret, failure.ToString() + harness.Logs.Text);
    }

    [Fact]
    public async Task GetCredentialsAsync_UnknownApplication_NamesTheClientIdSetting()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var unknown = "00000000-1111-2222-3333-444444444444";
        var credentials = harness.Credentials(harness.Options(options => options.ClientId = unknown));

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);

        Assert.Equal("AzureAd.ClientId", failure.Setting);
        Assert.Equal("AADSTS700016", failure.ErrorCode);
        Assert.Contains(unknown, failure.Message);
    }

    [Fact]
    public async Task GetCredentialsAsync_UnknownScope_NamesTheScopeSettingAndTheOtherForm()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var credentials = harness.Credentials(harness.Options(options => options.Scope = "api://other-app/.default"));

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);

        Assert.Equal("AzureAd.Scope", failure.Setting);
        Assert.Equal("AADSTS70011", failure.ErrorCode);
        Assert.Contains($"Try '{OidcServerSettings.ClientId}/.default'", failure.Message);
    }

    [Fact]
    public async Task GetCredentialsAsync_UnknownTenant_NamesTheTenantSetting()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var credentials = harness.Credentials(harness.Options(options => options.TenantId = "unknown-tenant"));

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);

        Assert.Equal("AzureAd.TenantId", failure.Setting);
        Assert.Equal("AADSTS90002", failure.ErrorCode);
    }

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
    public async Task GetCredentialsAsync_AzureAdUnreachable_TransientErrorNamingTheAuthorityHost()
    {
        await using var harness = await FederationHarness.StartAsync(oidc);
        var closed = new UriBuilder(FederationHarness.ClosedPort()) { Scheme = "https" }.Uri;
        var credentials = harness.Credentials(harness.Options(options => options.AuthorityHost = closed));

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);

        Assert.True(failure.IsTransient);
        Assert.Equal("AzureAd.AuthorityHost", failure.Setting);
        Assert.DoesNotContain(OidcServerSettings.ClientSecret, failure.ToString() + harness.Logs.Text);
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

    private static async Task<ImmutableCredentials> WaitForNewCredentialsAsync(
        AWSCredentials credentials,
        ImmutableCredentials first
    )
    {
        var current = await credentials.GetCredentialsAsync();
        for (var attempt = 0; attempt < 2_000 && current.AccessKey == first.AccessKey; attempt++)
        {
            // Inside the margin the SDK refreshes in the background and hands out the current credentials meanwhile.
            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
            current = await credentials.GetCredentialsAsync();
        }

        return current;
    }

    private static void AssertNoSecrets(string text, ImmutableCredentials issued)
    {
        Assert.NotEmpty(text);
        Assert.DoesNotContain(OidcServerSettings.ClientSecret, text);
        Assert.DoesNotContain(issued.SecretKey, text);
        Assert.DoesNotContain(issued.Token, text);
        Assert.DoesNotContain("eyJ", text);
    }
}
