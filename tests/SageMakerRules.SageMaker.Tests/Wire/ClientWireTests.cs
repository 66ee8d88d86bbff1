namespace SageMakerRules.SageMaker.Tests.Wire;

public sealed class ClientWireTests
{
    private const string Token = "0123456789abcdef0123456789abcdef";

    private const string ExecutionArn = "arn:aws:sagemaker:eu-west-1:123456789012:pipeline/my-pipe/execution/abc123";

    [Fact]
    public async Task StartPipelineExecutionAsync_Success_SendsSignedJson11Request()
    {
        await using var server = await RecordingServer.StartAsync(
            new CannedResponse(200, $$"""{"PipelineExecutionArn":"{{ExecutionArn}}"}""")
        );
        using var client = ClientFactory.Create(server);

        var response = await client.StartPipelineExecutionAsync(
            new StartPipelineExecutionRequest { PipelineName = "my-pipe", ClientRequestToken = Token }
        );

        Assert.Equal(ExecutionArn, response.PipelineExecutionArn);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/", request.Path);
        Assert.Equal("SageMaker.StartPipelineExecution", request.Header("x-amz-target"));
        Assert.Equal("application/x-amz-json-1.1", request.Header("content-type"));
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLETESTKEY01/", request.Header("authorization"));
        Assert.Contains("/eu-west-1/sagemaker/aws4_request", request.Header("authorization"));
        Assert.Contains("x-amz-target", request.Header("authorization"));
        Assert.Contains("api/SageMaker#", request.Header("user-agent"));
        Assert.Contains("md/aws-sdk-dotnet-core#4.1.1", request.Header("user-agent"));
        Assert.Equal("2017-07-24", request.Header("x-amz-api-version"));
        Assert.Equal($$"""{"PipelineName":"my-pipe","ClientRequestToken":"{{Token}}"}""", request.Body);
    }
}
