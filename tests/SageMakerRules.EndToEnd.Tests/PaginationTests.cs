using SageMakerRules.EndToEnd.Tests.Infrastructure;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.SageMaker;

namespace SageMakerRules.EndToEnd.Tests;

/// <summary>
/// NextToken/MaxResults paging of every list operation, by hand and through the client's enumerables.
/// </summary>
public sealed class PaginationTests : IAsyncLifetime
{
    private const string Wide = "wide-pipeline";

    private LocalEndpointFixture _endpoint = null!;

    private SageMakerPipelinesClient _client = null!;

    private string _execution = null!;

    public async Task InitializeAsync()
    {
        _endpoint = await LocalEndpointFixture.StartAsync(options =>
        {
            for (var i = 0; i < 7; i++)
            {
                options.Pipelines.Add(new LocalPipeline { Name = $"extra-{i}" });
            }

            options.Pipelines.Add(WidePipeline());
        });
        _client = _endpoint.CreateClient();
        _execution = await StartAsync(Wide);
        _endpoint.Clock.Advance(TimeSpan.FromSeconds(10));
    }

    public async Task DisposeAsync() => await _endpoint.DisposeAsync();

    [Fact]
    public async Task ListPipelines_PagesOfThree_EveryPipelineOnceAndLastPageWithoutToken()
    {
        var names = new List<string>();
        string? token = null;
        var pages = 0;

        do
        {
            var page = await _client.ListPipelinesAsync(new ListPipelinesRequest { MaxResults = 3, NextToken = token });
            Assert.InRange(page.PipelineSummaries.Count, 1, 3);
            names.AddRange(page.PipelineSummaries.Select(p => p.PipelineName!));
            token = page.NextToken;
            pages++;
        } while (token is not null);

        Assert.Equal(4, pages);
        Assert.Equal(11, names.Distinct().Count());
        Assert.Equal(11, names.Count);
    }

    [Fact]
    public async Task ListAllPipelinesAsync_PagesOfTwo_SameAsOneBigPage()
    {
        var all = await _client
            .ListAllPipelinesAsync(new ListPipelinesRequest { MaxResults = 2, SortBy = PipelineSortBy.Name })
            .Select(p => p.PipelineName!)
            .ToListAsync();
        var one = await _client.ListPipelinesAsync(
            new ListPipelinesRequest { MaxResults = 100, SortBy = PipelineSortBy.Name }
        );

        Assert.Equal(one.PipelineSummaries.Select(p => p.PipelineName!), all);
    }

    [Fact]
    public async Task ListAllPipelineExecutionsAsync_FiveExecutionsPagesOfTwo_AllFive()
    {
        var started = new List<string>();

        for (var i = 0; i < 5; i++)
        {
            started.Add(await StartAsync(TestPipelines.Minimal));
        }

        var listed = await _client
            .ListAllPipelineExecutionsAsync(
                new ListPipelineExecutionsRequest { PipelineName = TestPipelines.Minimal, MaxResults = 2 }
            )
            .Select(e => e.PipelineExecutionArn!)
            .ToListAsync();

        Assert.Equal(started.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListAllPipelineExecutionStepsAsync_PagesOfOne_EveryStartedStep()
    {
        var steps = await _client
            .ListAllPipelineExecutionStepsAsync(
                new ListPipelineExecutionStepsRequest { PipelineExecutionArn = _execution, MaxResults = 1 }
            )
            .Select(s => s.StepName!)
            .ToListAsync();

        Assert.Equal(["Step3", "Step2", "Step1", "Step0"], steps);
    }

    [Fact]
    public async Task ListAllPipelineParametersForExecutionAsync_PagesOfFour_AllTenParameters()
    {
        var parameters = await _client
            .ListAllPipelineParametersForExecutionAsync(
                new ListPipelineParametersForExecutionRequest { PipelineExecutionArn = _execution, MaxResults = 4 }
            )
            .Select(p => p.Name)
            .ToListAsync();

        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"P{i}"), parameters);
    }

    [Fact]
    public async Task ListAllPipelineVersionsAsync_OnePipeline_OneVersion()
    {
        var versions = await _client
            .ListAllPipelineVersionsAsync(new ListPipelineVersionsRequest { PipelineName = Wide, MaxResults = 1 })
            .ToListAsync();

        Assert.Equal(1L, Assert.Single(versions).PipelineVersionId);
    }

    [Fact]
    public async Task ListPipelines_TokenFromAnotherOperation_Validation()
    {
        var executions = await _client.ListPipelineExecutionsAsync(
            new ListPipelineExecutionsRequest { PipelineName = Wide, MaxResults = 1 }
        );
        var steps = await _client.ListPipelineExecutionStepsAsync(
            new ListPipelineExecutionStepsRequest { PipelineExecutionArn = _execution, MaxResults = 1 }
        );

        await Assert.ThrowsAsync<ValidationException>(() =>
            _client.ListPipelinesAsync(new ListPipelinesRequest { NextToken = steps.NextToken })
        );
        Assert.Null(executions.NextToken);
    }

    private static LocalPipeline WidePipeline() =>
        new()
        {
            Name = Wide,
            Parameters =
            [
                .. Enumerable
                    .Range(0, 10)
                    .Select(i => new LocalPipelineParameter { Name = $"P{i}", DefaultValue = "x" }),
            ],
            Steps =
            [
                .. Enumerable
                    .Range(0, 6)
                    .Select(i => new LocalPipelineStep { Name = $"Step{i}", Duration = TimeSpan.FromSeconds(3) }),
            ],
        };

    private async Task<string> StartAsync(string pipeline) =>
        (
            await _client.StartPipelineExecutionAsync(
                new StartPipelineExecutionRequest { PipelineName = pipeline, ClientRequestToken = Tokens.New() }
            )
        ).PipelineExecutionArn!;
}
