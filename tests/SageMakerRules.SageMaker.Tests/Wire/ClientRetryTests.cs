using System.Net;
using Amazon.Runtime;

namespace SageMakerRules.SageMaker.Tests.Wire;

public sealed class ClientRetryTests
{
    private const string Token = "0123456789abcdef0123456789abcdef";

    private static readonly StartPipelineExecutionRequest Start = new()
    {
        PipelineName = "my-pipe",
        ClientRequestToken = Token,
        PipelineParameters = [new Parameter("InputPath", "s3://b/k")],
    };

    [Fact]
    public async Task StartPipelineExecutionAsync_ThrottledTwice_RetriesWithSameBodyAndToken()
    {
        var throttled = new CannedResponse(400, """{"__type":"ThrottlingException","message":"Rate exceeded"}""");
        await using var server = await RecordingServer.StartAsync(
            throttled,
            throttled,
            new CannedResponse(200, """{"PipelineExecutionArn":"arn"}""")
        );
        using var client = ClientFactory.Create(server, maxErrorRetry: 3);

        var response = await client.StartPipelineExecutionAsync(Start);

        Assert.Equal("arn", response.PipelineExecutionArn);
        var requests = server.Requests.ToArray();
        Assert.Equal(3, requests.Length);
        Assert.All(requests, r => Assert.Equal(requests[0].Body, r.Body));
        Assert.All(requests, r => Assert.Contains(Token, r.Body));
        Assert.Equal("attempt=3; max=4", requests[2].Header("amz-sdk-request"));
    }

    [Fact]
    public async Task StartPipelineExecutionAsync_ServerErrorsExhaustRetries_ThrowsServiceFailure()
    {
        await using var server = await RecordingServer.StartAsync(
            new CannedResponse(503, "<html>Service Unavailable</html>", RequestId: "req-503", ContentType: "text/html")
        );
        using var client = ClientFactory.Create(server, maxErrorRetry: 2);

        var exception = await Assert.ThrowsAsync<ServiceFailureException>(() =>
            client.StartPipelineExecutionAsync(Start)
        );

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        Assert.Equal("ServiceUnavailable", exception.ErrorCode);
        Assert.Equal("req-503", exception.RequestId);
        Assert.Contains("not a JSON error", exception.Message);
    }

    [Theory]
    [InlineData("com.amazonaws.sagemaker#ResourceNotFound", typeof(ResourceNotFoundException))]
    [InlineData("ResourceLimitExceeded", typeof(ResourceLimitExceededException))]
    [InlineData("ConflictException", typeof(ConflictException))]
    [InlineData("ValidationException", typeof(ValidationException))]
    [InlineData("AccessDeniedException", typeof(AccessDeniedException))]
    [InlineData("InvalidSignatureException", typeof(InvalidSignatureException))]
    [InlineData("UnrecognizedClientException", typeof(UnrecognizedClientException))]
    [InlineData("ExpiredTokenException", typeof(ExpiredTokenException))]
    public async Task StartPipelineExecutionAsync_NonRetryableError_ThrowsTypedExceptionAfterOneAttempt(
        string type,
        Type expected
    )
    {
        await using var server = await RecordingServer.StartAsync(
            new CannedResponse(400, $$"""{"__type":"{{type}}","Message":"It went wrong"}""", RequestId: "req-9")
        );
        using var client = ClientFactory.Create(server, maxErrorRetry: 3);

        var exception = await Assert.ThrowsAnyAsync<SageMakerPipelinesException>(() =>
            client.StartPipelineExecutionAsync(Start)
        );

        Assert.IsType(expected, exception);
        Assert.Single(server.Requests);
        Assert.Equal(type[(type.LastIndexOf('#') + 1)..], exception.ErrorCode);
        Assert.Equal("It went wrong", exception.Message);
        Assert.Equal("req-9", exception.RequestId);
        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
    }

    [Fact]
    public async Task StartPipelineExecutionAsync_AdaptiveModeThrottledOnce_RetriesAndSucceeds()
    {
        await using var server = await RecordingServer.StartAsync(
            new CannedResponse(400, """{"__type":"com.amazonaws.sagemaker#ThrottlingException","message":"Slow"}"""),
            new CannedResponse(200, """{"PipelineExecutionArn":"arn"}""")
        );
        using var client = ClientFactory.Create(server, retryMode: RequestRetryMode.Adaptive);

        var response = await client.StartPipelineExecutionAsync(Start);

        Assert.Equal("arn", response.PipelineExecutionArn);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task StartPipelineExecutionAsync_InternalErrorThenAccepted_RetriesWithSameToken()
    {
        await using var server = await RecordingServer.StartAsync(
            new CannedResponse(500, """{"__type":"InternalFailure","message":"oops"}"""),
            new CannedResponse(200, """{"PipelineExecutionArn":"arn"}""")
        );
        using var client = ClientFactory.Create(server);

        await client.StartPipelineExecutionAsync(Start);

        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(requests[0].Body, requests[1].Body);
    }

    [Fact]
    public async Task StartPipelineExecutionAsync_ThrottledBeyondRetries_ThrowsThrottlingException()
    {
        await using var server = await RecordingServer.StartAsync(
            new CannedResponse(400, """{"__type":"ThrottlingException","message":"Rate exceeded"}""", "req-t")
        );
        using var client = ClientFactory.Create(server, maxErrorRetry: 1);

        var exception = await Assert.ThrowsAsync<ThrottlingException>(() => client.StartPipelineExecutionAsync(Start));

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("Rate exceeded", exception.Message);
        Assert.Equal("req-t", exception.RequestId);
    }

    [Fact]
    public async Task StartPipelineExecutionAsync_SignatureErrorWithSkewedServerDate_CoreCorrectsClockAndRetriesOnce()
    {
        var serverDate = DateTimeOffset
            .UtcNow.AddHours(2)
            .ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        await using var server = await RecordingServer.StartAsync(
            new CannedResponse(
                403,
                """{"__type":"InvalidSignatureException","message":"Signature expired"}""",
                Date: serverDate
            ),
            new CannedResponse(200, """{"PipelineExecutionArn":"arn"}""")
        );
        using var client = ClientFactory.Create(server);

        await client.StartPipelineExecutionAsync(Start);

        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.NotEqual(requests[0].Header("x-amz-date"), requests[1].Header("x-amz-date"));
    }
}
