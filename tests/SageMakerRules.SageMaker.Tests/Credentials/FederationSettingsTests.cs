using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.SageMaker.Tests.Credentials;

public sealed class FederationSettingsTests
{
    private const string ClientId = "33333333-dddd-eeee-ffff-444444444444";

    [Fact]
    public void Resolve_DefaultScopeForm_UsesApplicationIdUri() =>
        Assert.Equal($"api://{ClientId}/.default", TestSettings.Settings().Scope);

    [Fact]
    public void Resolve_ClientIdScopeForm_UsesBareClientId() =>
        Assert.Equal(
            $"{ClientId}/.default",
            TestSettings.Settings(options => options.ScopeForm = AzureScopeForm.ClientId).Scope
        );

    [Fact]
    public void Resolve_ExplicitScope_WinsOverForm() =>
        Assert.Equal(
            "api://custom-app/.default",
            TestSettings.Settings(options => options.Scope = " api://custom-app/.default ").Scope
        );

    [Fact]
    public void Resolve_NoAuthorityHost_UsesPublicCloudWithValidation()
    {
        var settings = TestSettings.Settings();

        Assert.Equal(new Uri("https://login.microsoftonline.com/"), settings.AuthorityHost);
        Assert.False(settings.IsCustomAuthority);
        Assert.Equal(new Uri($"https://login.microsoftonline.com/{settings.TenantId}/"), settings.Authority);
    }

    [Fact]
    public void Resolve_AzureAuthorityHostVariable_IsUsedAndMarkedCustom()
    {
        var settings = FederationSettings.Resolve(
            TestSettings.Options(),
            name => name == "AZURE_AUTHORITY_HOST" ? "https://127.0.0.1:8443" : null
        );

        Assert.Equal(new Uri("https://127.0.0.1:8443/"), settings.AuthorityHost);
        Assert.True(settings.IsCustomAuthority);
    }

    [Fact]
    public void Resolve_SovereignCloud_IsWellKnown()
    {
        var settings = TestSettings.Settings(options => options.AuthorityHost = AzureAuthorityHosts.Government);

        Assert.False(settings.IsCustomAuthority);
    }

    [Fact]
    public void Resolve_InvalidAuthorityHostVariable_NamesTheVariable()
    {
        var exception = Assert.Throws<CredentialsException>(() =>
            FederationSettings.Resolve(TestSettings.Options(), name => name == "AZURE_AUTHORITY_HOST" ? "nope" : null)
        );

        Assert.Contains("AZURE_AUTHORITY_HOST", exception.Message);
    }

    [Fact]
    public void Resolve_StsEndpointVariables_PreferServiceSpecific()
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:1/",
            ["AWS_ENDPOINT_URL_STS"] = "http://127.0.0.1:2/",
            ["AWS_REGION"] = "eu-west-1",
        };

        var settings = FederationSettings.Resolve(TestSettings.Options(), environment.GetValueOrDefault);

        Assert.Equal(new Uri("http://127.0.0.1:2/"), settings.StsEndpoint);
        Assert.Equal("eu-west-1", settings.StsRegion);
    }

    [Fact]
    public void Resolve_NoStsSettings_UsesRegionalDefault()
    {
        var settings = TestSettings.Settings();

        Assert.Null(settings.StsEndpoint);
        Assert.Equal("us-east-1", settings.StsRegion);
        Assert.Equal("https://sts.us-east-1.amazonaws.com", StsWebIdentityExchange.DescribeEndpoint(settings));
    }

    [Theory]
    [InlineData(899)]
    [InlineData(43_201)]
    public void Resolve_DurationOutOfRange_NamesDurationSetting(int seconds)
    {
        var exception = Assert.Throws<CredentialsException>(() =>
            TestSettings.Settings(options => options.DurationSeconds = seconds)
        );

        Assert.Equal("AzureAd.DurationSeconds", exception.Setting);
        Assert.Contains("900 to 43200", exception.Message);
    }

    [Theory]
    [InlineData(900)]
    [InlineData(43_200)]
    public void Resolve_DurationAtBounds_IsAccepted(int seconds) =>
        Assert.Equal(seconds, TestSettings.Settings(options => options.DurationSeconds = seconds).DurationSeconds);

    [Theory]
    [InlineData("TenantId")]
    [InlineData("ClientId")]
    [InlineData("ClientSecret")]
    [InlineData("RoleArn")]
    public void Resolve_MissingSetting_NamesIt(string name)
    {
        var exception = Assert.Throws<CredentialsException>(() =>
            TestSettings.Settings(options => typeof(AzureAdCredentialOptions).GetProperty(name)!.SetValue(options, " "))
        );

        Assert.Equal($"AzureAd.{name}", exception.Setting);
    }

    [Fact]
    public void Resolve_BadRoleArn_ShowsAnExample()
    {
        var exception = Assert.Throws<CredentialsException>(() =>
            TestSettings.Settings(options => options.RoleArn = "sagemaker-rules")
        );

        Assert.Contains("arn:aws:iam::123456789012:role/", exception.Message);
    }

    [Fact]
    public void Resolve_InvalidSessionName_IsSanitized() =>
        Assert.Equal(
            "pump-agent-7",
            TestSettings.Settings(options => options.RoleSessionName = "pump agent/7").RoleSessionName
        );

    [Fact]
    public void Resolve_NoSessionName_IsDerivedFromMachine() =>
        Assert.StartsWith(
            "sagemaker-rules-",
            TestSettings.Settings(options => options.RoleSessionName = null).RoleSessionName
        );
}
