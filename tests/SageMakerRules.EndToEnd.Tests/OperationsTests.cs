using SageMakerRules.EndToEnd.Tests.Infrastructure;
using SageMakerRules.SageMaker;

namespace SageMakerRules.EndToEnd.Tests;

/// <summary>Every operation of the client against the local endpoint over HTTP on loopback.</summary>
public sealed class OperationsTests : IAsyncLifetime
{
    private LocalEndpointFixture _endpoint = null!;

    private SageMakerPipelinesClient _client = null!;

    public async Task InitializeAsync()
    {
        _endpoint = await LocalEndpointFixture.StartAsync();
        _client = _endpoint.CreateClient();
    }

    public async Task DisposeAsync() => await _endpoint.DisposeAsync();

    [Fact]
    public async Task ListPipelines_ByName_ReturnsDeclaredPipelinesWithArns()
    {
        var response = await _client.ListPipelinesAsync(new ListPipelinesRequest { SortBy = PipelineSortBy.Name });

        Assert.Equal(
            [TestPipelines.AlwaysFails, TestPipelines.Minimal, TestPipelines.Retrain],
            response.PipelineSummaries.Select(p => p.PipelineName).Order(StringComparer.Ordinal)
        );
        Assert.All(
            response.PipelineSummaries,
            p => Assert.Equal(_endpoint.Server.PipelineArnPrefix + p.PipelineName, p.PipelineArn)
        );
    }

    [Fact]
    public async Task DescribePipeline_Retrain_DefinitionDeclaresTypedParameters()
    {
        var response = await _client.DescribePipelineAsync(
            new DescribePipelineRequest { PipelineName = TestPipelines.Retrain }
        );
        var parameters = PipelineDefinition.Parse(response.PipelineDefinition!);

        Assert.Equal(PipelineStatus.Active, response.PipelineStatus);
        Assert.Equal("Retrain the anomaly model", response.PipelineDescription);
        Assert.Equal(
            ["AssetId:String:pump-0", "Epochs:Integer:10", "VibrationRms:Float:0", "Full:Boolean:false"],
            parameters.Select(p => $"{p.Name}:{p.Type}:{p.DefaultValue}")
        );
    }

    [Fact]
    public async Task ListPipelineVersions_Retrain_OneVersionNamingLastExecution()
    {
        var arn = await StartAsync(TestPipelines.Retrain);

        var response = await _client.ListPipelineVersionsAsync(
            new ListPipelineVersionsRequest { PipelineName = TestPipelines.Retrain }
        );

        var version = Assert.Single(response.PipelineVersionSummaries);
        Assert.Equal((1L, arn), (version.PipelineVersionId, version.LastExecutionPipelineExecutionArn));
    }

    [Fact]
    public async Task StartAndDescribe_ClockAdvances_ExecutingThenSucceeded()
    {
        var arn = await StartAsync(TestPipelines.Retrain, new Parameter("Epochs", "3"));
        var executing = await DescribeAsync(arn);
        _endpoint.Clock.Advance(TimeSpan.FromSeconds(50));
        var succeeded = await DescribeAsync(arn);

        Assert.Equal(PipelineExecutionStatus.Executing, executing.PipelineExecutionStatus);
        Assert.Equal(PipelineExecutionStatus.Succeeded, succeeded.PipelineExecutionStatus);
        Assert.Equal(
            _endpoint.Clock.GetUtcNow().ToUnixTimeMilliseconds(),
            succeeded.LastModifiedTime?.ToUnixTimeMilliseconds()
        );
    }

    [Fact]
    public async Task ListPipelineExecutionSteps_FailingPipeline_FailedStepWithReason()
    {
        var arn = await StartAsync(TestPipelines.AlwaysFails);
        _endpoint.Clock.Advance(TimeSpan.FromSeconds(25));

        var execution = await DescribeAsync(arn);
        var steps = await _client.ListPipelineExecutionStepsAsync(
            new ListPipelineExecutionStepsRequest { PipelineExecutionArn = arn, SortOrder = SortOrder.Ascending }
        );

        Assert.Equal(PipelineExecutionStatus.Failed, execution.PipelineExecutionStatus);
        Assert.Equal("Step failure: One or multiple steps failed.", execution.FailureReason);
        Assert.Equal(
            [("Prepare", StepStatus.Succeeded), ("Train", StepStatus.Failed)],
            steps.PipelineExecutionSteps.Select(s => (s.StepName!, s.StepStatus))
        );
        Assert.Equal("AlgorithmError: loss diverged", steps.PipelineExecutionSteps[1].FailureReason);
    }

    [Fact]
    public async Task StopPipelineExecution_Executing_StoppingThenStopped()
    {
        var arn = await StartAsync(TestPipelines.Retrain);
        _endpoint.Clock.Advance(TimeSpan.FromSeconds(15));

        var stop = await _client.StopPipelineExecutionAsync(
            new StopPipelineExecutionRequest { PipelineExecutionArn = arn, ClientRequestToken = Tokens.New() }
        );
        var stopping = await DescribeAsync(arn);
        _endpoint.Clock.Advance(TimeSpan.FromSeconds(5));
        var stopped = await DescribeAsync(arn);

        Assert.Equal(arn, stop.PipelineExecutionArn);
        Assert.Equal(PipelineExecutionStatus.Stopping, stopping.PipelineExecutionStatus);
        Assert.Equal(PipelineExecutionStatus.Stopped, stopped.PipelineExecutionStatus);
    }

    [Fact]
    public async Task ListPipelineExecutions_TwoStarts_NewestFirstWithStatus()
    {
        var first = await StartAsync(TestPipelines.Minimal);
        _endpoint.Clock.Advance(TimeSpan.FromSeconds(31));
        var second = await StartAsync(TestPipelines.Minimal);

        var response = await _client.ListPipelineExecutionsAsync(
            new ListPipelineExecutionsRequest { PipelineName = TestPipelines.Minimal }
        );

        Assert.Equal(
            [(second, PipelineExecutionStatus.Executing), (first, PipelineExecutionStatus.Succeeded)],
            response.PipelineExecutionSummaries.Select(s => (s.PipelineExecutionArn!, s.PipelineExecutionStatus))
        );
    }

    [Fact]
    public async Task ListPipelineParametersForExecution_OneGiven_GivenAndDefaults()
    {
        var arn = await StartAsync(TestPipelines.Retrain, new Parameter("AssetId", "pump-7"));

        var response = await _client.ListPipelineParametersForExecutionAsync(
            new ListPipelineParametersForExecutionRequest { PipelineExecutionArn = arn }
        );

        Assert.Equal(
            ["AssetId=pump-7", "Epochs=10", "VibrationRms=0", "Full=false"],
            response.PipelineParameters.Select(p => $"{p.Name}={p.Value}")
        );
    }

    private async Task<string> StartAsync(string pipeline, params Parameter[] parameters)
    {
        var response = await _client.StartPipelineExecutionAsync(
            new StartPipelineExecutionRequest
            {
                PipelineName = pipeline,
                PipelineParameters = parameters,
                ClientRequestToken = Tokens.New(),
            }
        );

        return response.PipelineExecutionArn!;
    }

    private Task<DescribePipelineExecutionResponse> DescribeAsync(string arn) =>
        _client.DescribePipelineExecutionAsync(new DescribePipelineExecutionRequest { PipelineExecutionArn = arn });
}
