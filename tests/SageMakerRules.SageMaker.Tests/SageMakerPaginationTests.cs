namespace SageMakerRules.SageMaker.Tests;

public sealed class SageMakerPaginationTests
{
    [Fact]
    public async Task ListAllPipelinesAsync_ThreePages_FollowsNextTokenAndKeepsFilters()
    {
        var client = new PagedFakeClient(["a", "b"], ["c"], ["d"]);

        var names = await ((ISageMakerPipelinesClient)client)
            .ListAllPipelinesAsync(new ListPipelinesRequest { PipelineNamePrefix = "pump", MaxResults = 2 })
            .Select(s => s.PipelineName!)
            .ToListAsync();

        Assert.Equal(["a", "b", "c", "d"], names);
        Assert.Equal([null, "page-1", "page-2"], client.Requests.Select(r => r.NextToken));
        Assert.All(client.Requests, r => Assert.Equal("pump", r.PipelineNamePrefix));
    }

    [Fact]
    public async Task ListAllPipelinesAsync_RepeatedNextToken_ThrowsInsteadOfLooping()
    {
        var client = new PagedFakeClient(["a"], ["b"]) { RepeatToken = true };

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await ((ISageMakerPipelinesClient)client).ListAllPipelinesAsync(new()).ToListAsync()
        );

        Assert.Contains("ListPipelines returned a NextToken it had already returned", exception.Message);
    }

    [Fact]
    public async Task ListAllPipelinesAsync_Cancelled_Stops()
    {
        var client = new PagedFakeClient(["a"], ["b"]);
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (
                var _ in ((ISageMakerPipelinesClient)client).ListAllPipelinesAsync(new(), cancellation.Token)
            )
            {
                await cancellation.CancelAsync();
            }
        });
    }

    private sealed class PagedFakeClient(params string[][] pages) : ISageMakerPipelinesClient
    {
        public List<ListPipelinesRequest> Requests { get; } = [];

        public bool RepeatToken { get; init; }

        public Task<ListPipelinesResponse> ListPipelinesAsync(
            ListPipelinesRequest request,
            CancellationToken cancellationToken = default
        )
        {
            cancellationToken.ThrowIfCancellationRequested();
            Requests.Add(request);
            var index = request.NextToken is null ? 0 : int.Parse(request.NextToken["page-".Length..]);
            var next = index + 1 < pages.Length ? $"page-{(RepeatToken ? 1 : index + 1)}" : null;
            return Task.FromResult(
                new ListPipelinesResponse
                {
                    PipelineSummaries = [.. pages[index].Select(n => new PipelineSummary { PipelineName = n })],
                    NextToken = RepeatToken && index == 1 ? "page-1" : next,
                }
            );
        }

        public Task<DescribePipelineResponse> DescribePipelineAsync(DescribePipelineRequest r, CancellationToken c) =>
            throw new NotSupportedException();

        public Task<ListPipelineVersionsResponse> ListPipelineVersionsAsync(
            ListPipelineVersionsRequest r,
            CancellationToken c
        ) => throw new NotSupportedException();

        public Task<StartPipelineExecutionResponse> StartPipelineExecutionAsync(
            StartPipelineExecutionRequest r,
            CancellationToken c
        ) => throw new NotSupportedException();

        public Task<DescribePipelineExecutionResponse> DescribePipelineExecutionAsync(
            DescribePipelineExecutionRequest r,
            CancellationToken c
        ) => throw new NotSupportedException();

        public Task<ListPipelineExecutionsResponse> ListPipelineExecutionsAsync(
            ListPipelineExecutionsRequest r,
            CancellationToken c
        ) => throw new NotSupportedException();

        public Task<ListPipelineExecutionStepsResponse> ListPipelineExecutionStepsAsync(
            ListPipelineExecutionStepsRequest r,
            CancellationToken c
        ) => throw new NotSupportedException();

        public Task<StopPipelineExecutionResponse> StopPipelineExecutionAsync(
            StopPipelineExecutionRequest r,
            CancellationToken c
        ) => throw new NotSupportedException();

        public Task<ListPipelineParametersForExecutionResponse> ListPipelineParametersForExecutionAsync(
            ListPipelineParametersForExecutionRequest r,
            CancellationToken c
        ) => throw new NotSupportedException();
    }
}
