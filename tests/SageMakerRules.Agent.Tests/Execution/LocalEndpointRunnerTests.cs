using Amazon.Runtime;
using Microsoft.Extensions.Time.Testing;
using SageMakerRules.Agent.Execution;
using SageMakerRules.LocalPipelines;
using SageMakerRules.LocalPipelines.Faults;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Tests.Execution;

/// <summary>
/// The runner against the local SageMaker endpoint over real HTTP on 127.0.0.1, sharing the endpoint's fake clock.
/// The clock starts at the real time (requests are signed with it) and moves in steps well inside the endpoint's
/// five-minute signature window.
/// </summary>
public sealed class LocalEndpointRunnerTests : IAsyncLifetime
{
    private const string Pipeline = "pump-retrain";
    private const string Failing = "always-fails";
    private const string Start = "StartPipelineExecution";
    private static readonly TestRule Rule = new("PumpRetrain", Pipeline);
    private readonly FakeTimeProvider _clock = new(TimeProvider.System.GetUtcNow());
    private LocalPipelinesServer _server = null!;
    private SageMakerPipelinesClient _client = null!;

    public async Task InitializeAsync()
    {
        var options = new LocalPipelinesOptions { Clock = _clock, Pipelines = [.. Pipelines()] };
        _server = await LocalPipelinesServer.StartAsync(options);
        var config = new SageMakerPipelinesConfig
        {
            ServiceURL = _server.Endpoint.ToString(),
            AuthenticationRegion = _server.Region,
            MaxErrorRetry = 0,
            EnvironmentLookup = _ => null,
        };
        var credentials = new BasicAWSCredentials(_server.Credential.AccessKeyId, _server.Credential.SecretAccessKey);
        _client = new SageMakerPipelinesClient(credentials, config);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task HandleAsync_EndpointThrottlesTwice_RunnerRetriesAndOneExecutionExists()
    {
        _server.Faults.Set(Start, new OperationFaults { ThrottleNext = 2 });
        await using var harness = await RunnerHarness.StartAsync([Rule], clock: _clock, client: _client);

        var result = await StartWhileAdvancingAsync(harness, Rule);

        Assert.Equal(TriggerResultKind.Started, result.Kind);
        Assert.Equal([result.ExecutionArn!], await ExecutionArnsAsync(Pipeline));
    }

    [Fact]
    public async Task HandleAsync_EndpointDropsTheAnswers_RetryWithSameTokenLeavesOneExecution()
    {
        _server.Faults.Set(Start, new OperationFaults { DropResponseNext = 12 });
        await using var harness = await RunnerHarness.StartAsync([Rule], clock: _clock, client: _client);

        var result = await StartWhileAdvancingAsync(harness, Rule);

        Assert.Equal(TriggerResultKind.Started, result.Kind);
        Assert.Equal([result.ExecutionArn!], await ExecutionArnsAsync(Pipeline));
    }

    [Fact]
    public async Task HandleAsync_UndeclaredParameter_FailsAtOnceWithActionableMessage()
    {
        var rule = new TestRule("PumpRetrain", Failing);
        await using var harness = await RunnerHarness.StartAsync([rule], clock: _clock, client: _client);

        var result = await harness.MatchAsync(rule, "pump-7", "evt-1");

        Assert.Equal(TriggerResultKind.Failed, result.Kind);
        Assert.Equal("ValidationException", result.ErrorCode);
        Assert.Contains(
            "Check that every parameter the rule sets (AssetId)",
            result.ErrorMessage,
            StringComparison.Ordinal
        );
        Assert.Empty(await ExecutionArnsAsync(Failing));
    }

    [Fact]
    public async Task HandleAsync_UnknownPipeline_FailsAtOnceNamingThePipeline()
    {
        var rule = new TestRule("PumpRetrain", "no-such-pipeline");
        await using var harness = await RunnerHarness.StartAsync([rule], clock: _clock, client: _client);

        var result = await harness.MatchAsync(rule, "pump-7", "evt-1");

        Assert.Equal(TriggerResultKind.Failed, result.Kind);
        Assert.Contains(
            "Pipeline 'no-such-pipeline' of rule 'PumpRetrain'",
            result.ErrorMessage,
            StringComparison.Ordinal
        );
        Assert.Contains("Check pipeline.name", result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ExecutionRunsToTheEnd_CompletionPublished()
    {
        var rule = new TestRule(
            "PumpRetrain",
            Pipeline,
            monitor: MonitorOptions.Default with
            {
                PollInterval = TimeSpan.FromSeconds(5),
            }
        );
        await using var harness = await RunnerHarness.StartAsync([rule], clock: _clock, client: _client);
        var started = await harness.MatchAsync(rule, "pump-7", "evt-1");

        await harness.AdvanceUntilAsync(() => harness.Runner.InFlightCount == 0, TimeSpan.FromSeconds(5), maxSteps: 40);
        var completion = await Eventually.ReadAsync(harness.Runner.Completions);

        Assert.Equal(started.ExecutionArn, completion.ExecutionArn);
        Assert.Equal(CompletionStatus.Succeeded, completion.Status);
    }

    [Fact]
    public async Task HandleAsync_ExecutionFails_CompletionNamesTheFailedStep()
    {
        var monitor = MonitorOptions.Default with { PollInterval = TimeSpan.FromSeconds(5) };
        var rule = new TestRule("AlwaysFails", Failing, monitor: monitor, parameterNames: []);
        await using var harness = await RunnerHarness.StartAsync([rule], clock: _clock, client: _client);
        var started = await harness.MatchAsync(rule, "pump-7", "evt-1");

        await harness.AdvanceUntilAsync(() => harness.Runner.InFlightCount == 0, TimeSpan.FromSeconds(5), maxSteps: 40);
        var completion = await Eventually.ReadAsync(harness.Runner.Completions);

        Assert.Equal(TriggerResultKind.Started, started.Kind);
        Assert.Equal(CompletionStatus.Failed, completion.Status);
        Assert.Equal("Train", completion.FailedStep);
        Assert.Equal("Training data is empty", completion.FailureReason);
    }

    private static async Task<TriggerResult> StartWhileAdvancingAsync(RunnerHarness harness, TestRule rule)
    {
        var pending = harness.MatchAsync(rule, "pump-7", "evt-1").AsTask();
        await harness.AdvanceUntilAsync(() => pending.IsCompleted, TimeSpan.FromSeconds(1), maxSteps: 120);
        return await pending;
    }

    private async Task<List<string>> ExecutionArnsAsync(string pipeline)
    {
        var page = await _client.ListPipelineExecutionsAsync(
            new ListPipelineExecutionsRequest { PipelineName = pipeline }
        );
        return [.. page.PipelineExecutionSummaries.Select(summary => summary.PipelineExecutionArn!)];
    }

    private static IEnumerable<LocalPipeline> Pipelines()
    {
        yield return new LocalPipeline
        {
            Name = Pipeline,
            Parameters = [new LocalPipelineParameter { Name = "AssetId" }],
            Duration = TimeSpan.FromSeconds(20),
        };
        yield return new LocalPipeline
        {
            Name = Failing,
            Steps = [new LocalPipelineStep { Name = "Prepare" }, new LocalPipelineStep { Name = "Train" }],
            Duration = TimeSpan.FromSeconds(20),
            FailureProbability = 1,
            FailureStep = "Train",
            FailureReason = "Training data is empty",
        };
    }
}
