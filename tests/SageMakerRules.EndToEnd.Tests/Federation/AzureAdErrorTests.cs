using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>Azure AD refusals reach the user as a message naming the setting to fix.</summary>
[Collection(FederationCollection.Name)]
public sealed class AzureAdErrorTests(OidcServerFixture oidc)
{
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
}
