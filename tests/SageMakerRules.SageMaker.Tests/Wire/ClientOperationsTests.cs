using Amazon.Runtime;

namespace SageMakerRules.SageMaker.Tests.Wire;

public sealed class ClientOperationsTests
{
    private const string ExecutionArn = "arn:aws:sagemaker:eu-west-1:123456789012:pipeline/p/execution/e1";

    private const string Token = "0123456789abcdef0123456789abcdef";

    private static async Task<RecordedRequest> SendAsync(string responseBody, Func<SageMakerPipelinesClient, Task> call)
    {
        await using var server = await RecordingServer.StartAsync(new CannedResponse(200, responseBody));
        using var client = ClientFactory.Create(server);
        await call(client);
        return Assert.Single(server.Requests);
    }

    [Fact]
    public async Task ListPipelinesAsync_Page_SendsTargetAndReadsSummaries()
    {
        ListPipelinesResponse? response = null;

        var request = await SendAsync(
            """{"PipelineSummaries":[{"PipelineName":"p","CreationTime":1700000000}],"NextToken":"n"}""",
            async c => response = await c.ListPipelinesAsync(new ListPipelinesRequest { MaxResults = 1 })
        );

        Assert.Equal("SageMaker.ListPipelines", request.Header("x-amz-target"));
        Assert.Equal("""{"MaxResults":1}""", request.Body);
        Assert.Equal("p", Assert.Single(response!.PipelineSummaries).PipelineName);
        Assert.Equal("n", response.NextToken);
    }

    [Fact]
    public async Task DescribePipelineAsync_Pipeline_ReturnsDefinition()
    {
        DescribePipelineResponse? response = null;

        var request = await SendAsync(
            """{"PipelineName":"p","PipelineDefinition":"{\"Parameters\":[{\"Name\":\"A\"}]}"}""",
            async c => response = await c.DescribePipelineAsync(new DescribePipelineRequest { PipelineName = "p" })
        );

        Assert.Equal("SageMaker.DescribePipeline", request.Header("x-amz-target"));
        Assert.Equal("A", Assert.Single(PipelineDefinition.Parse(response!.PipelineDefinition!)).Name);
    }

    [Fact]
    public async Task ListPipelineVersionsAsync_Page_ReadsVersions()
    {
        ListPipelineVersionsResponse? response = null;

        var request = await SendAsync(
            """{"PipelineVersionSummaries":[{"PipelineVersionId":2}]}""",
            async c =>
                response = await c.ListPipelineVersionsAsync(new ListPipelineVersionsRequest { PipelineName = "p" })
        );

        Assert.Equal("SageMaker.ListPipelineVersions", request.Header("x-amz-target"));
        Assert.Equal(2, Assert.Single(response!.PipelineVersionSummaries).PipelineVersionId);
    }

    [Fact]
    public async Task DescribePipelineExecutionAsync_Execution_ReadsStatus()
    {
        DescribePipelineExecutionResponse? response = null;

        var request = await SendAsync(
            """{"PipelineExecutionStatus":"Executing"}""",
            async c =>
                response = await c.DescribePipelineExecutionAsync(
                    new DescribePipelineExecutionRequest { PipelineExecutionArn = ExecutionArn }
                )
        );

        Assert.Equal("SageMaker.DescribePipelineExecution", request.Header("x-amz-target"));
        Assert.Equal($$"""{"PipelineExecutionArn":"{{ExecutionArn}}"}""", request.Body);
        Assert.Equal(PipelineExecutionStatus.Executing, response!.PipelineExecutionStatus);
    }

    [Fact]
    public async Task ListPipelineExecutionsAsync_Page_ReadsSummaries()
    {
        ListPipelineExecutionsResponse? response = null;

        var request = await SendAsync(
            """{"PipelineExecutionSummaries":[{"PipelineExecutionStatus":"Succeeded","StartTime":5}]}""",
            async c =>
                response = await c.ListPipelineExecutionsAsync(new ListPipelineExecutionsRequest { PipelineName = "p" })
        );

        Assert.Equal("SageMaker.ListPipelineExecutions", request.Header("x-amz-target"));
        Assert.Equal(
            PipelineExecutionStatus.Succeeded,
            Assert.Single(response!.PipelineExecutionSummaries).PipelineExecutionStatus
        );
    }

    [Fact]
    public async Task ListPipelineExecutionStepsAsync_Page_ReadsSteps()
    {
        ListPipelineExecutionStepsResponse? response = null;

        var request = await SendAsync(
            """{"PipelineExecutionSteps":[{"StepName":"Train","StepStatus":"Executing"}]}""",
            async c =>
                response = await c.ListPipelineExecutionStepsAsync(
                    new ListPipelineExecutionStepsRequest { PipelineExecutionArn = ExecutionArn }
                )
        );

        Assert.Equal("SageMaker.ListPipelineExecutionSteps", request.Header("x-amz-target"));
        Assert.Equal(StepStatus.Executing, Assert.Single(response!.PipelineExecutionSteps).StepStatus);
    }

    [Fact]
    public async Task StopPipelineExecutionAsync_Execution_SendsToken()
    {
        StopPipelineExecutionResponse? response = null;

        var request = await SendAsync(
            $$"""{"PipelineExecutionArn":"{{ExecutionArn}}"}""",
            async c =>
                response = await c.StopPipelineExecutionAsync(
                    new StopPipelineExecutionRequest { PipelineExecutionArn = ExecutionArn, ClientRequestToken = Token }
                )
        );

        Assert.Equal("SageMaker.StopPipelineExecution", request.Header("x-amz-target"));
        Assert.Contains(Token, request.Body);
        Assert.Equal(ExecutionArn, response!.PipelineExecutionArn);
    }

    [Fact]
    public async Task ListPipelineParametersForExecutionAsync_Page_ReadsParameters()
    {
        ListPipelineParametersForExecutionResponse? response = null;

        var request = await SendAsync(
            """{"PipelineParameters":[{"Name":"A","Value":"1"}]}""",
            async c =>
                response = await c.ListPipelineParametersForExecutionAsync(
                    new ListPipelineParametersForExecutionRequest { PipelineExecutionArn = ExecutionArn }
                )
        );

        Assert.Equal("SageMaker.ListPipelineParametersForExecution", request.Header("x-amz-target"));
        Assert.Equal(new Parameter("A", "1"), Assert.Single(response!.PipelineParameters));
    }

    [Fact]
    public async Task ListAllPipelineExecutionsAsync_TwoPages_ReadsBoth()
    {
        await using var server = await RecordingServer.StartAsync(
            new CannedResponse(
                200,
                """{"PipelineExecutionSummaries":[{"PipelineExecutionArn":"a"}],"NextToken":"t2"}"""
            ),
            new CannedResponse(200, """{"PipelineExecutionSummaries":[{"PipelineExecutionArn":"b"}]}""")
        );
        using var client = ClientFactory.Create(server);

        var arns = await client
            .ListAllPipelineExecutionsAsync(new ListPipelineExecutionsRequest { PipelineName = "p" })
            .Select(e => e.PipelineExecutionArn)
            .ToListAsync();

        Assert.Equal(["a", "b"], arns);
        Assert.Equal("""{"PipelineName":"p","NextToken":"t2"}""", server.Requests.Last().Body);
    }

    [Fact]
    public async Task StartPipelineExecutionAsync_SessionCredentials_SendsSecurityToken()
    {
        await using var server = await RecordingServer.StartAsync(new CannedResponse(200, "{}"));
        using var client = ClientFactory.Create(
            server,
            credentials: new SessionAWSCredentials("ASIAEXAMPLEKEY000001", "secret", "session-token-value")
        );

        await client.StartPipelineExecutionAsync(
            new StartPipelineExecutionRequest { PipelineName = "p", ClientRequestToken = Token }
        );

        var request = Assert.Single(server.Requests);
        Assert.Equal("session-token-value", request.Header("x-amz-security-token"));
        Assert.Contains("x-amz-security-token", request.Header("authorization"));
        Assert.Contains("x-amz-target", request.Header("authorization"));
    }

    [Fact]
    public async Task StartPipelineExecutionAsync_InvalidRequest_SendsNothing()
    {
        await using var server = await RecordingServer.StartAsync(new CannedResponse(200, "{}"));
        using var client = ClientFactory.Create(server);

        await Assert.ThrowsAsync<SageMakerRequestValidationException>(() =>
            client.StartPipelineExecutionAsync(
                new StartPipelineExecutionRequest { PipelineName = "p", ClientRequestToken = "too-short" }
            )
        );

        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task DescribePipelineExecutionAsync_MalformedSuccessBody_ThrowsNamingOperation()
    {
        await using var server = await RecordingServer.StartAsync(
            new CannedResponse(200, """{"PipelineExecutionStatus":42}""", RequestId: "req-bad")
        );
        using var client = ClientFactory.Create(server);

        var exception = await Assert.ThrowsAsync<SageMakerPipelinesException>(() =>
            client.DescribePipelineExecutionAsync(
                new DescribePipelineExecutionRequest { PipelineExecutionArn = ExecutionArn }
            )
        );

        Assert.StartsWith("The DescribePipelineExecution response could not be read:", exception.Message);
        Assert.Equal("MalformedResponse", exception.ErrorCode);
        Assert.Equal("req-bad", exception.RequestId);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Client_EndpointFromEnvironmentLookup_SendsThere()
    {
        await using var server = await RecordingServer.StartAsync(new CannedResponse(200, "{}"));
        var config = new SageMakerPipelinesConfig
        {
            RegionEndpoint = Amazon.RegionEndpoint.EUWest1,
            EnvironmentLookup = name => name == "AWS_ENDPOINT_URL_SAGEMAKER" ? server.Url.ToString() : null,
        };
        using var client = new SageMakerPipelinesClient(new BasicAWSCredentials("AKIDEXAMPLE", "secret"), config);

        await client.ListPipelinesAsync(new ListPipelinesRequest());

        var request = Assert.Single(server.Requests);
        Assert.Contains("/eu-west-1/sagemaker/aws4_request", request.Header("authorization"));
    }
}
