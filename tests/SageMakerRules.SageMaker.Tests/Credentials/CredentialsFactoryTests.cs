using Amazon.Runtime;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.SageMaker.Tests.Credentials;

public sealed class CredentialsFactoryTests
{
    [Fact]
    public void Create_AccessKey_ReturnsBasicCredentials()
    {
        var options = new CredentialsOptions
        {
            Method = CredentialMethod.AccessKey,
            AccessKey = new AccessKeyCredentialOptions { AccessKeyId = "AKIAEXAMPLE", SecretAccessKey = "secret" },
        };

        var credentials = new CredentialsFactory().Create(options);

        Assert.IsType<BasicAWSCredentials>(credentials);
        Assert.Equal("AKIAEXAMPLE", credentials.GetCredentials().AccessKey);
        Assert.False(credentials.GetCredentials().UseToken);
    }

    [Fact]
    public void Create_AccessKeyWithSessionToken_ReturnsSessionCredentials()
    {
        var options = new CredentialsOptions
        {
            Method = CredentialMethod.AccessKey,
            AccessKey = new AccessKeyCredentialOptions
            {
                AccessKeyId = "ASIAEXAMPLE",
                SecretAccessKey = "secret",
                SessionToken = "token",
            },
        };

        var credentials = new CredentialsFactory().Create(options);

        Assert.IsType<SessionAWSCredentials>(credentials);
        Assert.Equal("token", credentials.GetCredentials().Token);
    }

    [Fact]
    public void Create_AccessKeyWithoutSecret_NamesTheSetting()
    {
        var options = new CredentialsOptions
        {
            Method = CredentialMethod.AccessKey,
            AccessKey = new AccessKeyCredentialOptions { AccessKeyId = "AKIAEXAMPLE" },
        };

        var exception = Assert.Throws<CredentialsException>(() => new CredentialsFactory().Create(options));

        Assert.Equal("AccessKey.SecretAccessKey", exception.Setting);
    }

    [Fact]
    public void Create_MethodWithoutSection_NamesTheSection()
    {
        var exception = Assert.Throws<CredentialsException>(() =>
            new CredentialsFactory().Create(new CredentialsOptions { Method = CredentialMethod.AzureAd })
        );

        Assert.Equal("AzureAd", exception.Setting);
    }

    [Fact]
    public void Create_AzureAd_ReturnsRefreshingCredentialsWithMargin()
    {
        var options = new CredentialsOptions { Method = CredentialMethod.AzureAd, AzureAd = TestSettings.Options() };
        options.AzureAd.RefreshMargin = TimeSpan.FromMinutes(7);

        var credentials = new CredentialsFactory(environment: _ => null).Create(options);

        var federation = Assert.IsType<AzureAdFederationCredentials>(credentials);
        Assert.Equal(TimeSpan.FromMinutes(7), federation.PreemptExpiryTime);
        Assert.Equal("agent-1", federation.RoleSessionName);
        Assert.DoesNotContain(TestSettings.Secret, federation.ToString());
    }

    [Fact]
    public void Create_DefaultChainWithUnknownProfile_NamesTheProfileSetting()
    {
        var options = new CredentialsOptions
        {
            DefaultChain = new DefaultChainCredentialOptions { ProfileName = "no-such-profile-" + Guid.NewGuid() },
        };

        var credentials = new CredentialsFactory().Create(options);

        var exception = Assert.Throws<CredentialsException>(() => credentials.GetCredentials());
        Assert.Equal("DefaultChain.ProfileName", exception.Setting);
    }

    [Fact]
    public void ToString_Options_HideSecrets()
    {
        var accessKey = new AccessKeyCredentialOptions
        {
            AccessKeyId = "AKIAEXAMPLE",
            SecretAccessKey = "very-secret",
            SessionToken = "very-token",
        };

        Assert.DoesNotContain("very-secret", accessKey.ToString());
        Assert.DoesNotContain("very-token", accessKey.ToString());
        Assert.DoesNotContain(TestSettings.Secret, TestSettings.Options().ToString());
    }
}
