using Amazon.Runtime;
using SageMakerRules.SageMaker;

namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>The whole chain: Azure AD token, local STS exchange, signed SageMaker calls, refresh and expiry.</summary>
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
