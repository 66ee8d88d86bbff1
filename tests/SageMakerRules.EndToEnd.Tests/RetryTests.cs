using SageMakerRules.EndToEnd.Tests.Infrastructure;
using SageMakerRules.LocalPipelines.Faults;
using SageMakerRules.SageMaker;

namespace SageMakerRules.EndToEnd.Tests;

/// <summary>
/// Injected throttling, server errors and lost acknowledgements: the SDK's retries and the caller's own retry with
/// the same idempotency token end in exactly one execution.
/// </summary>
public sealed class RetryTests : IAsyncLifetime
{
    private const string Start = "StartPipelineExecution";

    private LocalEndpointFixture _endpoint = null!;

    public async Task InitializeAsync() => _endpoint = await LocalEndpointFixture.StartAsync();

    public async Task DisposeAsync() => await _endpoint.DisposeAsync();

    [Fact]
    public async Task Start_ThrottledTwiceWithTwoRetries_SucceedsWithOneExecution()
    {
        _endpoint.Server.Faults.Set(Start, new OperationFaults { ThrottleNext = 2 });
        var client = _endpoint.CreateClient(maxErrorRetry: 2);

        var arn = await StartAsync(client, Tokens.New());

        Assert.Equal([arn], await ExecutionArnsAsync(client));
    }

    [Fact]
    public async Task Start_ThrottledMoreThanRetries_ThrottlingExceptionAndNoExecution()
    {
        _endpoint.Server.Faults.Set(Start, new OperationFaults { ThrottleNext = 3 });
        var client = _endpoint.CreateClient(maxErrorRetry: 2);

        var error = await Assert.ThrowsAsync<ThrottlingException>(() => StartAsync(client, Tokens.New()));

        Assert.Equal("Rate exceeded", error.Message);
        Assert.Empty(await ExecutionArnsAsync(client));
    }

    [Fact]
    public async Task Start_HalfOfCallsThrottled_EveryStartLandsExactlyOnce()
    {
        _endpoint.Server.Faults.Set(Start, new OperationFaults { ThrottleRate = 0.3 });
        var client = _endpoint.CreateClient(maxErrorRetry: 6);
        var arns = new List<string>();

        for (var i = 0; i < 6; i++)
        {
            arns.Add(await StartAsync(client, Tokens.New()));
        }

        Assert.Equal(
            arns.Order(StringComparer.Ordinal),
            (await ExecutionArnsAsync(client)).Order(StringComparer.Ordinal)
        );
    }

    [Fact]
    public async Task Start_ServerErrorOnceWithRetries_SucceedsWithOneExecution()
    {
        _endpoint.Server.Faults.Set(Start, new OperationFaults { ServerErrorNext = 1 });
        var client = _endpoint.CreateClient(maxErrorRetry: 2);

        var arn = await StartAsync(client, Tokens.New());

        Assert.Equal([arn], await ExecutionArnsAsync(client));
    }

    [Fact]
    public async Task Start_ServerErrorsWithoutRetries_ServiceFailure500()
    {
        _endpoint.Server.Faults.Set(Start, new OperationFaults { ServerErrorNext = 1 });
        var client = _endpoint.CreateClient(maxErrorRetry: 0);

        var error = await Assert.ThrowsAnyAsync<SageMakerPipelinesException>(() => StartAsync(client, Tokens.New()));

        Assert.Equal(
            ("InternalFailure", System.Net.HttpStatusCode.InternalServerError),
            (error.ErrorCode, error.StatusCode)
        );
    }

    [Fact]
    public async Task Start_AcknowledgementLostThenCallerRetriesSameToken_ExactlyOneExecution()
    {
        _endpoint.Server.Faults.Set(Start, new OperationFaults { DropResponseNext = 1 });
        var client = _endpoint.CreateClient(Credentials(), maxErrorRetry: 0, maxStaleConnectionRetries: 0);
        var token = Tokens.New();

        var lost = await Record.ExceptionAsync(() => StartAsync(client, token));
        var arn = await StartAsync(client, token);

        Assert.NotNull(lost);
        Assert.Equal([arn], await ExecutionArnsAsync(client));
    }

    [Fact]
    public async Task Start_EveryAcknowledgementLostUntilSdkGivesUpThenCallerRetries_ExactlyOneExecution()
    {
        // Core re-sends after a connection reset on its own (MaxStaleConnectionRetries, 10 by default, even with
        // MaxErrorRetry = 0), so the endpoint drops answers until the SDK gives up and the caller sees the failure.
        _endpoint.Server.Faults.Set(Start, new OperationFaults { DropResponseNext = 100 });
        var client = _endpoint.CreateClient(maxErrorRetry: 0);
        var token = Tokens.New();

        var lost = await Record.ExceptionAsync(() => StartAsync(client, token));
        _endpoint.Server.Faults.Clear(Start);
        var arn = await StartAsync(client, token);

        Assert.NotNull(lost);
        Assert.Equal([arn], await ExecutionArnsAsync(client));
    }

    [Fact]
    public async Task Start_AcknowledgementLostWithSdkRetries_ExactlyOneExecution()
    {
        _endpoint.Server.Faults.Set(Start, new OperationFaults { DropResponseNext = 1 });
        var client = _endpoint.CreateClient(maxErrorRetry: 2);

        var arn = await StartAsync(client, Tokens.New());

        Assert.Equal([arn], await ExecutionArnsAsync(client));
    }

    [Fact]
    public async Task ListPipelines_LatencyInjected_AnswersOnlyAfterTheEndpointClockMovesOn()
    {
        _endpoint.Server.Faults.Set("ListPipelines", new OperationFaults { Latency = TimeSpan.FromMinutes(2) });
        var client = _endpoint.CreateClient();
        var advanced = TimeSpan.Zero;

        var call = client.ListPipelinesAsync(new ListPipelinesRequest());

        // No time limit: the loop only moves the fake clock until the delayed answer arrives.
        while (!call.IsCompleted)
        {
            _endpoint.Clock.Advance(TimeSpan.FromSeconds(1));
            advanced += TimeSpan.FromSeconds(1);
            await Task.Delay(10);
        }

        Assert.NotEmpty((await call).PipelineSummaries);
        Assert.True(advanced >= TimeSpan.FromMinutes(2), $"answered after {advanced} on the endpoint clock");
    }

    private Amazon.Runtime.BasicAWSCredentials Credentials() =>
        new(_endpoint.Server.Credential.AccessKeyId, _endpoint.Server.Credential.SecretAccessKey);

    private static async Task<string> StartAsync(SageMakerPipelinesClient client, string token) =>
        (
            await client.StartPipelineExecutionAsync(
                new StartPipelineExecutionRequest { PipelineName = TestPipelines.Retrain, ClientRequestToken = token }
            )
        ).PipelineExecutionArn!;

    private static async Task<List<string>> ExecutionArnsAsync(SageMakerPipelinesClient client)
    {
        var response = await client.ListPipelineExecutionsAsync(
            new ListPipelineExecutionsRequest { PipelineName = TestPipelines.Retrain }
        );

        return [.. response.PipelineExecutionSummaries.Select(s => s.PipelineExecutionArn!)];
    }
}
