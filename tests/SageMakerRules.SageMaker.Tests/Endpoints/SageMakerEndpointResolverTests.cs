using SageMakerRules.SageMaker.Endpoints;

namespace SageMakerRules.SageMaker.Tests.Endpoints;

public sealed class SageMakerEndpointResolverTests
{
    private static SageMakerEndpointSettings Settings(
        string? region = "eu-west-1",
        bool fips = false,
        bool dualStack = false,
        string? serviceUrl = null,
        bool ignoreConfigured = false,
        IReadOnlyDictionary<string, string>? environment = null
    ) =>
        new(
            region,
            fips,
            dualStack,
            serviceUrl,
            ignoreConfigured,
            name => environment is not null && environment.TryGetValue(name, out var value) ? value : null
        );

    [Theory]
    [InlineData("eu-west-1", "https://api.sagemaker.eu-west-1.amazonaws.com/")]
    [InlineData("us-east-1", "https://api.sagemaker.us-east-1.amazonaws.com/")]
    [InlineData("cn-north-1", "https://api.sagemaker.cn-north-1.amazonaws.com.cn/")]
    [InlineData("cn-northwest-1", "https://api.sagemaker.cn-northwest-1.amazonaws.com.cn/")]
    [InlineData("us-gov-west-1", "https://api.sagemaker.us-gov-west-1.amazonaws.com/")]
    [InlineData("us-gov-west-1-secondary", "https://api.sagemaker.us-gov-west-1.amazonaws.com/")]
    [InlineData("us-iso-east-1", "https://api.sagemaker.us-iso-east-1.c2s.ic.gov/")]
    [InlineData("us-isob-east-1", "https://api.sagemaker.us-isob-east-1.sc2s.sgov.gov/")]
    public void Resolve_Region_ReturnsRegionalEndpointOfPartition(string region, string expected)
    {
        var endpoint = SageMakerEndpointResolver.Resolve(Settings(region));

        Assert.Equal(expected, endpoint.Url.ToString());
        Assert.Equal("region", endpoint.Source);
    }

    [Theory]
    [InlineData("us-east-1", "https://api-fips.sagemaker.us-east-1.amazonaws.com/")]
    [InlineData("us-gov-west-1", "https://api-fips.sagemaker.us-gov-west-1.amazonaws.com/")]
    [InlineData("cn-north-1", "https://api.sagemaker-fips.cn-north-1.amazonaws.com.cn/")]
    [InlineData("us-iso-east-1", "https://api.sagemaker-fips.us-iso-east-1.c2s.ic.gov/")]
    public void Resolve_Fips_ReturnsFipsHostOfPartition(string region, string expected)
    {
        var endpoint = SageMakerEndpointResolver.Resolve(Settings(region, fips: true));

        Assert.Equal(expected, endpoint.Url.ToString());
    }

    [Theory]
    [InlineData("fips-us-east-1")]
    [InlineData("us-east-1-fips")]
    public void Resolve_FipsPseudoRegion_ReturnsFipsEndpoint(string region)
    {
        var endpoint = SageMakerEndpointResolver.Resolve(Settings(region));

        Assert.Equal("https://api-fips.sagemaker.us-east-1.amazonaws.com/", endpoint.Url.ToString());
    }

    [Theory]
    [InlineData("eu-west-1", false, "https://api.sagemaker.eu-west-1.api.aws/")]
    [InlineData("us-east-1", true, "https://api.sagemaker-fips.us-east-1.api.aws/")]
    [InlineData("cn-north-1", false, "https://api.sagemaker.cn-north-1.api.amazonwebservices.com.cn/")]
    [InlineData("us-gov-east-1", true, "https://api.sagemaker-fips.us-gov-east-1.api.aws/")]
    public void Resolve_DualStack_ReturnsDualStackHost(string region, bool fips, string expected)
    {
        var endpoint = SageMakerEndpointResolver.Resolve(Settings(region, fips, dualStack: true));

        Assert.Equal(expected, endpoint.Url.ToString());
    }

    [Fact]
    public void Resolve_DualStackInIsoPartition_ThrowsNamingPartition()
    {
        var exception = Assert.Throws<SageMakerEndpointException>(() =>
            SageMakerEndpointResolver.Resolve(Settings("us-iso-east-1", dualStack: true))
        );

        Assert.Contains("aws-iso", exception.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Resolve_NoRegionNoEndpoint_ThrowsWithFix(string? region)
    {
        var exception = Assert.Throws<SageMakerEndpointException>(() =>
            SageMakerEndpointResolver.Resolve(Settings(region))
        );

        Assert.Contains("No region", exception.Message);
        Assert.Contains("AWS_ENDPOINT_URL_SAGEMAKER", exception.Message);
    }

    [Fact]
    public void Resolve_InvalidRegionName_Throws()
    {
        var exception = Assert.Throws<SageMakerEndpointException>(() =>
            SageMakerEndpointResolver.Resolve(Settings("eu west/1"))
        );

        Assert.Contains("'eu west/1'", exception.Message);
    }

    [Fact]
    public void Resolve_ServiceUrl_WinsOverEnvironment()
    {
        var environment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL_SAGEMAKER"] = "https://env.example" };

        var endpoint = SageMakerEndpointResolver.Resolve(
            Settings(serviceUrl: "https://explicit.example", environment: environment)
        );

        Assert.Equal("https://explicit.example/", endpoint.Url.ToString());
        Assert.Equal("ServiceURL", endpoint.Source);
    }

    [Fact]
    public void Resolve_ServiceVariable_WinsOverGlobalVariable()
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL_SAGEMAKER"] = "https://sagemaker.example",
            ["AWS_ENDPOINT_URL"] = "https://all.example",
        };

        var endpoint = SageMakerEndpointResolver.Resolve(Settings(environment: environment));

        Assert.Equal("https://sagemaker.example/", endpoint.Url.ToString());
        Assert.Equal("AWS_ENDPOINT_URL_SAGEMAKER", endpoint.Source);
    }

    [Fact]
    public void Resolve_GlobalVariableOnly_UsesIt()
    {
        var environment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL"] = "http://127.0.0.1:4566" };

        var endpoint = SageMakerEndpointResolver.Resolve(Settings(environment: environment));

        Assert.Equal("http://127.0.0.1:4566/", endpoint.Url.ToString());
        Assert.Equal("AWS_ENDPOINT_URL", endpoint.Source);
    }

    [Theory]
    [InlineData(true, "false")]
    [InlineData(false, "true")]
    public void Resolve_ConfiguredEndpointsIgnored_UsesRegion(bool ignoreSetting, string ignoreVariable)
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL"] = "https://all.example",
            ["AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"] = ignoreVariable,
        };

        var endpoint = SageMakerEndpointResolver.Resolve(
            Settings(ignoreConfigured: ignoreSetting, environment: environment)
        );

        Assert.Equal("https://api.sagemaker.eu-west-1.amazonaws.com/", endpoint.Url.ToString());
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://127.1.2.3:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://LOCALHOST")]
    public void Resolve_HttpToLoopback_IsAccepted(string url)
    {
        var endpoint = SageMakerEndpointResolver.Resolve(Settings(serviceUrl: url));

        Assert.Equal("http", endpoint.Url.Scheme);
    }

    [Theory]
    [InlineData("http://10.0.0.5:5000")]
    [InlineData("http://sagemaker.example.com")]
    [InlineData("http://localhost.example.com")]
    [InlineData("http://128.0.0.1")]
    public void Resolve_HttpToOtherHost_ThrowsWithFix(string url)
    {
        var exception = Assert.Throws<SageMakerEndpointException>(() =>
            SageMakerEndpointResolver.Resolve(Settings(serviceUrl: url))
        );

        Assert.Contains("plain http", exception.Message);
        Assert.Contains("127.0.0.0/8", exception.Message);
    }

    [Fact]
    public void Resolve_HttpFromEnvironmentToOtherHost_ThrowsNamingVariable()
    {
        var environment = new Dictionary<string, string> { ["AWS_ENDPOINT_URL_SAGEMAKER"] = "http://10.1.1.1" };

        var exception = Assert.Throws<SageMakerEndpointException>(() =>
            SageMakerEndpointResolver.Resolve(Settings(environment: environment))
        );

        Assert.Contains("AWS_ENDPOINT_URL_SAGEMAKER", exception.Message);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1")]
    [InlineData("not a url")]
    [InlineData("api.sagemaker.eu-west-1.amazonaws.com")]
    public void Resolve_NotHttpUrl_Throws(string url)
    {
        var exception = Assert.Throws<SageMakerEndpointException>(() =>
            SageMakerEndpointResolver.Resolve(Settings(serviceUrl: url))
        );

        Assert.Contains("not an absolute http(s) URL", exception.Message);
    }

    [Fact]
    public void Resolve_UrlWithUserInfo_ThrowsWithoutEchoingIt()
    {
        var exception = Assert.Throws<SageMakerEndpointException>(() =>
            SageMakerEndpointResolver.Resolve(Settings(serviceUrl: "https://user:s3cret@host.example"))
        );

        Assert.DoesNotContain("s3cret", exception.Message);
    }

    [Theory]
    [InlineData(true, false, "UseFIPSEndpoint")]
    [InlineData(false, true, "UseDualstackEndpoint")]
    public void Resolve_ExplicitEndpointWithFipsOrDualStack_Throws(bool fips, bool dualStack, string option)
    {
        var exception = Assert.Throws<SageMakerEndpointException>(() =>
            SageMakerEndpointResolver.Resolve(
                Settings(fips: fips, dualStack: dualStack, serviceUrl: "https://host.example")
            )
        );

        Assert.Contains(option, exception.Message);
    }
}
