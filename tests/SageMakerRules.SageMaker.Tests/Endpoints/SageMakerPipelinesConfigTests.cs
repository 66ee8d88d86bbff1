using Amazon;
using Amazon.Runtime;

namespace SageMakerRules.SageMaker.Tests.Endpoints;

public sealed class SageMakerPipelinesConfigTests
{
    [Fact]
    public void Constructor_Defaults_StandardRetriesAndSageMakerSigningName()
    {
        var config = new SageMakerPipelinesConfig();

        Assert.Equal(RequestRetryMode.Standard, config.RetryMode);
        Assert.Equal("sagemaker", config.AuthenticationServiceName);
        Assert.Equal("api.sagemaker", config.RegionEndpointServiceName);
        Assert.Equal("2017-07-24", config.ServiceVersion);
    }

    [Fact]
    public void For_RegionAndServiceUrl_KeepsRegionForSigning()
    {
        var config = SageMakerPipelinesConfig.For("eu-central-1", "http://127.0.0.1:7000");

        Assert.Equal("eu-central-1", config.AuthenticationRegion);
        Assert.Equal("http://127.0.0.1:7000/", config.ResolveEndpoint().Url.ToString());
    }

    [Fact]
    public void ResolveEndpoint_EnvironmentLookup_IsUsedInsteadOfProcessEnvironment()
    {
        var config = new SageMakerPipelinesConfig
        {
            RegionEndpoint = RegionEndpoint.EUWest1,
            EnvironmentLookup = name => name == "AWS_ENDPOINT_URL" ? "http://localhost:9000" : null,
        };

        var endpoint = config.ResolveEndpoint();

        Assert.Equal("http://localhost:9000/", endpoint.Url.ToString());
        Assert.Equal("AWS_ENDPOINT_URL", endpoint.Source);
    }

    [Fact]
    public void ResolveEndpoint_FipsSetting_ReturnsFipsEndpoint()
    {
        var config = new SageMakerPipelinesConfig
        {
            RegionEndpoint = RegionEndpoint.USGovCloudWest1,
            UseFIPSEndpoint = true,
            EnvironmentLookup = _ => null,
        };

        Assert.Equal(
            "https://api-fips.sagemaker.us-gov-west-1.amazonaws.com/",
            config.ResolveEndpoint().Url.ToString()
        );
    }

    [Fact]
    public void Constructor_PlainHttpToRemoteHost_FailsFast()
    {
        var config = new SageMakerPipelinesConfig { ServiceURL = "http://sagemaker.example.com" };

        Assert.Throws<SageMakerEndpointException>(() =>
            new SageMakerPipelinesClient(new BasicAWSCredentials("AKIDEXAMPLE", "secret"), config)
        );
    }
}
