using System.Net;
using SageMakerRules.Agent.Execution;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Tests.Execution;

public sealed class StartRetryTests
{
    private static readonly TestRule Rule = new("PumpRetrain", "pump-retrain");

    [Fact]
    public async Task HandleAsync_ThrottledTwice_RetriesWithTheSameTokenAndStartsOnce()
    {
        await using var harness = await RunnerHarness.StartAsync([Rule]);
        harness.Fake.FailNextStarts(FakePipelinesClient.Throttling(), FakePipelinesClient.Throttling());

        var result = await StartWhileAdvancingAsync(harness, Rule);

        Assert.Equal(TriggerResultKind.Started, result.Kind);
        Assert.Equal(3, harness.Fake.Calls("StartPipelineExecution"));
        Assert.Single(harness.Fake.StartRequests.Select(request => request.ClientRequestToken).Distinct());
        Assert.Single(harness.Fake.Executions);
    }

    [Fact]
    public async Task HandleAsync_ResponseLost_RetryReturnsTheSameExecution()
    {
        await using var harness = await RunnerHarness.StartAsync([Rule]);
        harness.Fake.LoseStartResponses = 1;

        var result = await StartWhileAdvancingAsync(harness, Rule);

        Assert.Equal(TriggerResultKind.Started, result.Kind);
        Assert.Equal(2, harness.Fake.Calls("StartPipelineExecution"));
        Assert.Equal(harness.Fake.Executions.Single().Arn, result.ExecutionArn);
    }

    [Fact]
    public async Task HandleAsync_ResourceLimitExceeded_IsRetried()
    {
        await using var harness = await RunnerHarness.StartAsync([Rule]);
        harness.Fake.FailNextStarts(
            new ResourceLimitExceededException(
                "Too many executions",
                "ResourceLimitExceeded",
                null,
                HttpStatusCode.BadRequest
            )
        );

        var result = await StartWhileAdvancingAsync(harness, Rule);

        Assert.Equal(TriggerResultKind.Started, result.Kind);
    }

    [Fact]
    public async Task HandleAsync_ServerErrorsBeyondTheAttempts_FailsWithCodeAndAttemptCount()
    {
        var options = new PipelineRunnerOptions { Retry = new StartRetryOptions { MaxAttempts = 3 } };
        await using var harness = await RunnerHarness.StartAsync([Rule], options);
        harness.Fake.FailNextStarts(
            FakePipelinesClient.ServerError(),
            FakePipelinesClient.ServerError(),
            FakePipelinesClient.ServerError()
        );

        var result = await StartWhileAdvancingAsync(harness, Rule);

        Assert.Equal(TriggerResultKind.Failed, result.Kind);
        Assert.Equal("InternalFailure", result.ErrorCode);
        Assert.StartsWith(
            "Starting pipeline 'pump-retrain' for rule 'PumpRetrain' failed 3 time(s), the last with InternalFailure",
            result.ErrorMessage,
            StringComparison.Ordinal
        );
        Assert.Equal(0, harness.Runner.InFlightCount);
    }

    [Fact]
    public async Task HandleAsync_ValidationError_FailsAtOnceNamingPipelineAndParameters()
    {
        await using var harness = await RunnerHarness.StartAsync([Rule]);
        harness.Fake.FailNextStarts(FakePipelinesClient.Validation("Parameter AssetId is not defined"));

        var result = await harness.MatchAsync(Rule, "pump-7", "evt-1");

        Assert.Equal(TriggerResultKind.Failed, result.Kind);
        Assert.Equal("ValidationException", result.ErrorCode);
        Assert.Equal(
            "SageMaker rejected the start of pipeline 'pump-retrain' for rule 'PumpRetrain' (ValidationException: "
                + "Parameter AssetId is not defined). Check that every parameter the rule sets (AssetId) is declared "
                + "in the pipeline definition with a value of its type, and that the display name and version are "
                + "valid.",
            result.ErrorMessage
        );
        Assert.Equal(1, harness.Fake.Calls("StartPipelineExecution"));
    }

    [Fact]
    public async Task HandleAsync_AccessDenied_FailsAtOnceNamingThePermission()
    {
        await using var harness = await RunnerHarness.StartAsync([Rule]);
        harness.Fake.FailNextStarts(
            new AccessDeniedException("not authorized", "AccessDeniedException", null, HttpStatusCode.BadRequest)
        );

        var result = await harness.MatchAsync(Rule, "pump-7", "evt-1");

        Assert.Equal("AccessDeniedException", result.ErrorCode);
        Assert.Contains("Grant sagemaker:StartPipelineExecution", result.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(1, harness.Fake.Calls("StartPipelineExecution"));
    }

    [Fact]
    public async Task HandleAsync_FailedStart_DoesNotHoldTheCooldown()
    {
        var rule = new TestRule(
            "PumpRetrain",
            "pump-retrain",
            TriggerOptions.Default with
            {
                Cooldown = TimeSpan.FromHours(1),
            }
        );
        await using var harness = await RunnerHarness.StartAsync([rule]);
        harness.Fake.FailNextStarts(FakePipelinesClient.Validation("bad"));
        await harness.MatchAsync(rule, "pump-7", "evt-1");

        var next = await harness.MatchAsync(rule, "pump-7", "evt-2");

        Assert.Equal(TriggerResultKind.Started, next.Kind);
    }

    [Theory]
    [InlineData(2, 0.0, 500)]
    [InlineData(2, 0.999, 1000)]
    [InlineData(3, 0.0, 1000)]
    [InlineData(4, 0.0, 2000)]
    [InlineData(20, 0.5, 22_500)]
    public void DelayBefore_Attempt_IsExponentialWithEqualJitterAndCapped(int attempt, double random, int expectedMs)
    {
        var delay = new StartRetryOptions().DelayBefore(attempt, random);

        Assert.Equal(expectedMs, delay.TotalMilliseconds, 0.5);
    }

    private static async Task<TriggerResult> StartWhileAdvancingAsync(RunnerHarness harness, TestRule rule)
    {
        var pending = harness.MatchAsync(rule, "pump-7", "evt-1").AsTask();
        await harness.AdvanceUntilAsync(() => pending.IsCompleted, TimeSpan.FromSeconds(1));
        return await pending;
    }
}
