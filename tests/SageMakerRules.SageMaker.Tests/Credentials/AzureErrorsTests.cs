using Microsoft.Identity.Client;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.SageMaker.Tests.Credentials;

public sealed class AzureErrorsTests
{
    [Theory]
    [InlineData("invalid_client", "AADSTS7000215: Invalid client secret provided.", "AzureAd.ClientSecret")]
    [InlineData(
        "invalid_client",
        "AADSTS7000222: The provided client secret keys are expired.",
        "AzureAd.ClientSecret"
    )]
    [InlineData("unauthorized_client", "AADSTS700016: Application not found in the directory.", "AzureAd.ClientId")]
    [InlineData("invalid_request", "AADSTS90002: Tenant 'x' not found.", "AzureAd.TenantId")]
    [InlineData("invalid_scope", "AADSTS70011: The provided value for 'scope' is not valid.", "AzureAd.Scope")]
    [InlineData("invalid_resource", "AADSTS500011: The resource principal was not found.", "AzureAd.Scope")]
    [InlineData("invalid_client", "client authentication failed", "AzureAd.ClientSecret")]
    public void Map_AzureError_NamesTheSettingToFix(string oauthCode, string description, string setting)
    {
        var exception = AzureErrors.Map(new MsalServiceException(oauthCode, description), TestSettings.Settings());

        Assert.Equal(setting, exception.Setting);
        Assert.Contains(setting, exception.Message);
        Assert.False(exception.IsTransient);
    }

    [Fact]
    public void Map_BadScopeInApplicationIdUriForm_SuggestsClientIdForm()
    {
        var settings = TestSettings.Settings();

        var exception = AzureErrors.Map(new MsalServiceException("invalid_resource", "AADSTS500011: no."), settings);

        Assert.Contains($"Try '{settings.ClientId}/.default'", exception.Message);
        Assert.Equal("AADSTS500011", exception.ErrorCode);
    }

    [Fact]
    public void Map_BadScopeInClientIdForm_SuggestsApplicationIdUriForm()
    {
        var settings = TestSettings.Settings(options => options.ScopeForm = AzureScopeForm.ClientId);

        var exception = AzureErrors.Map(new MsalServiceException("invalid_scope", "AADSTS70011: no."), settings);

        Assert.Contains($"Try 'api://{settings.ClientId}/.default'", exception.Message);
    }

    [Fact]
    public void Map_ServerError_IsTransient()
    {
        var exception = AzureErrors.Map(
            new MsalServiceException("temporarily_unavailable", "AADSTS50196: busy", 503),
            TestSettings.Settings()
        );

        Assert.True(exception.IsTransient);
        Assert.Null(exception.Setting);
    }

    [Fact]
    public void Map_DescriptionEchoingTheSecret_IsRedacted()
    {
        var exception = AzureErrors.Map(
            new MsalServiceException("invalid_client", $"AADSTS7000215: secret {TestSettings.Secret} is wrong"),
            TestSettings.Settings()
        );

        Assert.DoesNotContain(TestSettings.Secret, exception.ToString());
    }

    [Fact]
    public void Map_TransportFailure_IsTransientAndNamesAuthorityHost()
    {
        var transport = new HttpRequestException("Connection refused (127.0.0.1:1)");

        var exception = AzureErrors.Map(
            new MsalServiceException("service_not_available", "unreachable", transport),
            TestSettings.Settings()
        );

        Assert.True(exception.IsTransient);
        Assert.Equal("AzureAd.AuthorityHost", exception.Setting);
    }
}
