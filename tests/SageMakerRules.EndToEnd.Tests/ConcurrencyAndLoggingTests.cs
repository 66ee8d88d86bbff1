using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using SageMakerRules.EndToEnd.Tests.Infrastructure;
using SageMakerRules.LocalPipelines.Faults;
using SageMakerRules.SageMaker;

namespace SageMakerRules.EndToEnd.Tests;

/// <summary>
/// Concurrent starts with one token, and what the endpoint logs (never secrets, tokens or signatures).
/// </summary>
public sealed class ConcurrencyAndLoggingTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();

    private LocalEndpointFixture _endpoint = null!;

    public async Task InitializeAsync() =>
        _endpoint = await LocalEndpointFixture.StartAsync(options =>
            options.LoggerFactory = LoggerFactory.Create(logging =>
                logging.SetMinimumLevel(LogLevel.Trace).AddProvider(_logs)
            )
        );

    public async Task DisposeAsync() => await _endpoint.DisposeAsync();

    [Fact]
    public async Task Start_TenConcurrentCallsOneToken_OneExecutionAndOneArn()
    {
        var client = _endpoint.CreateClient();
        var token = Tokens.New();

        var arns = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => StartAsync(client, token)));
        var listed = await client.ListPipelineExecutionsAsync(
            new ListPipelineExecutionsRequest { PipelineName = TestPipelines.Retrain }
        );

        Assert.Single(arns.Distinct());
        Assert.Equal(arns[0], Assert.Single(listed.PipelineExecutionSummaries).PipelineExecutionArn);
    }

    [Fact]
    public async Task Logs_SignedCallsRejectionsAndFaults_NoSecretTokenOrSignature()
    {
        var temporary = _endpoint.Server.Credentials.IssueTemporary(_endpoint.Clock.GetUtcNow().AddHours(1));
        var session = _endpoint.CreateClient(
            new SessionAWSCredentials(temporary.AccessKeyId, temporary.SecretAccessKey, temporary.SessionToken)
        );
        var wrong = _endpoint.CreateClient(new BasicAWSCredentials(_endpoint.Server.Credential.AccessKeyId, "s3cr3t"));
        _endpoint.Server.Faults.Set("ListPipelines", new OperationFaults { ThrottleNext = 1 });
        var token = Tokens.New();

        await StartAsync(session, token);
        await session.ListPipelinesAsync(new ListPipelinesRequest());
        await Record.ExceptionAsync(() => wrong.ListPipelinesAsync(new ListPipelinesRequest()));
        var text = _logs.Text;

        Assert.Contains("InvalidSignatureException", text, StringComparison.Ordinal);
        Assert.Contains("ThrottlingException", text, StringComparison.Ordinal);
        Assert.DoesNotContain(temporary.SecretAccessKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain(temporary.SessionToken!, text, StringComparison.Ordinal);
        Assert.DoesNotContain(_endpoint.Server.Credential.SecretAccessKey, text, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Signature=", text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, text, StringComparison.Ordinal);
    }

    private static async Task<string> StartAsync(SageMakerPipelinesClient client, string token) =>
        (
            await client.StartPipelineExecutionAsync(
                new StartPipelineExecutionRequest { PipelineName = TestPipelines.Retrain, ClientRequestToken = token }
            )
        ).PipelineExecutionArn!;
}
