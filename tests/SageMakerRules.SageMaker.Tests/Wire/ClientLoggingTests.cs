using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace SageMakerRules.SageMaker.Tests.Wire;

public sealed class ClientLoggingTests
{
    private const string SessionToken = "IQoJb3JpZ2luX2VjSESSIONTOKENVALUE";

    private static readonly StartPipelineExecutionRequest Start = new()
    {
        PipelineName = "p",
        ClientRequestToken = "0123456789abcdef0123456789abcdef",
        PipelineParameters = [new Parameter("Secretish", "parameter-value-not-logged")],
    };

    [Fact]
    public async Task StartPipelineExecutionAsync_ThrottledThenAccepted_LogsRetryWithoutPayloadOrSecrets()
    {
        await using var server = await RecordingServer.StartAsync(
            new CannedResponse(400, """{"__type":"ThrottlingException","message":"Rate exceeded"}"""),
            new CannedResponse(200, """{"PipelineExecutionArn":"arn"}""", RequestId: "req-ok")
        );
        var logger = new FakeLogger();
        using var client = ClientFactory.Create(server, logger: logger, credentials: SessionCredentials());

        await client.StartPipelineExecutionAsync(Start);

        var messages = logger.Collector.GetSnapshot().Select(r => r.Message).ToList();
        Assert.Contains("StartPipelineExecution attempt 1 failed with ThrottlingException (HTTP 400)", messages);
        Assert.Contains("Retrying StartPipelineExecution: attempt 2", messages);
        Assert.Contains(
            messages,
            m => m.StartsWith("StartPipelineExecution succeeded in ") && m.EndsWith("(request req-ok)")
        );
        AssertNoSecrets(messages);
    }

    [Fact]
    public async Task StartPipelineExecutionAsync_SignatureRejected_LogsFailureWithoutSecrets()
    {
        await using var server = await RecordingServer.StartAsync(
            new CannedResponse(
                403,
                $$"""{"__type":"InvalidSignatureException","message":"Bad. The Canonical String for this """
                    + $$"""request should have been 'x-amz-security-token:{{SessionToken}}'"}""",
                RequestId: "req-403"
            )
        );
        var logger = new FakeLogger();
        using var client = ClientFactory.Create(server, logger: logger, credentials: SessionCredentials());

        var exception = await Assert.ThrowsAsync<InvalidSignatureException>(() =>
            client.StartPipelineExecutionAsync(Start)
        );

        var record = logger.Collector.GetSnapshot().Single(r => r.Level == LogLevel.Warning);
        Assert.StartsWith(
            "StartPipelineExecution failed with InvalidSignatureException (HTTP 403, request req-403)",
            record.Message
        );
        AssertNoSecrets(
            [.. logger.Collector.GetSnapshot().Select(r => r.Message), exception.Message, exception.ToString()]
        );
    }

    private static SessionAWSCredentials SessionCredentials() =>
        new(ClientFactory.AccessKeyId, ClientFactory.SecretKey, SessionToken);

    private static void AssertNoSecrets(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            Assert.DoesNotContain(ClientFactory.SecretKey, text);
            Assert.DoesNotContain(SessionToken, text);
            Assert.DoesNotContain("parameter-value-not-logged", text);
            Assert.DoesNotContain("Signature=", text);
        }
    }
}
