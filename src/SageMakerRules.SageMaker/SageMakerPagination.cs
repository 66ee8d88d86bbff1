using System.Runtime.CompilerServices;

namespace SageMakerRules.SageMaker;

/// <summary>
/// Reads every page of the list operations of any <see cref="ISageMakerPipelinesClient"/>, following
/// <c>NextToken</c> until a page has none.
/// </summary>
public static class SageMakerPagination
{
    /// <summary>Lists every pipeline.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The filters and the first page token.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The pipelines of all pages.</returns>
    public static IAsyncEnumerable<PipelineSummary> ListAllPipelinesAsync(
        ISageMakerPipelinesClient client,
        ListPipelinesRequest request,
        CancellationToken cancellationToken = default
    ) =>
        ReadAllAsync(
            request.NextToken,
            async (token, ct) =>
            {
                var page = await client.ListPipelinesAsync(request with { NextToken = token }, ct);
                return (page.PipelineSummaries, page.NextToken);
            },
            "ListPipelines",
            cancellationToken
        );

    /// <summary>Lists every version of a pipeline.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The pipeline, filters and the first page token.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The versions of all pages.</returns>
    public static IAsyncEnumerable<PipelineVersionSummary> ListAllPipelineVersionsAsync(
        ISageMakerPipelinesClient client,
        ListPipelineVersionsRequest request,
        CancellationToken cancellationToken = default
    ) =>
        ReadAllAsync(
            request.NextToken,
            async (token, ct) =>
            {
                var page = await client.ListPipelineVersionsAsync(request with { NextToken = token }, ct);
                return (page.PipelineVersionSummaries, page.NextToken);
            },
            "ListPipelineVersions",
            cancellationToken
        );

    /// <summary>Lists every execution of a pipeline.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The pipeline, filters and the first page token.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The executions of all pages.</returns>
    public static IAsyncEnumerable<PipelineExecutionSummary> ListAllPipelineExecutionsAsync(
        ISageMakerPipelinesClient client,
        ListPipelineExecutionsRequest request,
        CancellationToken cancellationToken = default
    ) =>
        ReadAllAsync(
            request.NextToken,
            async (token, ct) =>
            {
                var page = await client.ListPipelineExecutionsAsync(request with { NextToken = token }, ct);
                return (page.PipelineExecutionSummaries, page.NextToken);
            },
            "ListPipelineExecutions",
            cancellationToken
        );

    /// <summary>Lists every step of an execution.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The execution and the first page token.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The steps of all pages.</returns>
    public static IAsyncEnumerable<PipelineExecutionStep> ListAllPipelineExecutionStepsAsync(
        ISageMakerPipelinesClient client,
        ListPipelineExecutionStepsRequest request,
        CancellationToken cancellationToken = default
    ) =>
        ReadAllAsync(
            request.NextToken,
            async (token, ct) =>
            {
                var page = await client.ListPipelineExecutionStepsAsync(request with { NextToken = token }, ct);
                return (page.PipelineExecutionSteps, page.NextToken);
            },
            "ListPipelineExecutionSteps",
            cancellationToken
        );

    /// <summary>Lists every parameter value of an execution.</summary>
    /// <param name="client">The client.</param>
    /// <param name="request">The execution and the first page token.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The parameters of all pages.</returns>
    public static IAsyncEnumerable<Parameter> ListAllPipelineParametersForExecutionAsync(
        ISageMakerPipelinesClient client,
        ListPipelineParametersForExecutionRequest request,
        CancellationToken cancellationToken = default
    ) =>
        ReadAllAsync(
            request.NextToken,
            async (token, ct) =>
            {
                var page = await client.ListPipelineParametersForExecutionAsync(request with { NextToken = token }, ct);
                return (page.PipelineParameters, page.NextToken);
            },
            "ListPipelineParametersForExecution",
            cancellationToken
        );

    private static async IAsyncEnumerable<T> ReadAllAsync<T>(
        string? firstToken,
        Func<string?, CancellationToken, Task<(IReadOnlyList<T> Items, string? NextToken)>> readPage,
        string operation,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        var token = firstToken;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        while (true)
        {
            var (items, next) = await readPage(token, cancellationToken);
            foreach (var item in items ?? [])
            {
                yield return item;
            }

            if (string.IsNullOrEmpty(next))
            {
                yield break;
            }

            // A service that hands back a token it already gave would otherwise make this loop forever.
            if (!seen.Add(next))
            {
                throw new InvalidOperationException(
                    $"{operation} returned a NextToken it had already returned; stopped paging to avoid a loop."
                );
            }

            token = next;
        }
    }
}
