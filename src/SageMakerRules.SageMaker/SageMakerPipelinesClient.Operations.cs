using SageMakerRules.SageMaker.Serialization;
using SageMakerRules.SageMaker.Validation;

namespace SageMakerRules.SageMaker;

/// <summary>The nine operations.</summary>
public sealed partial class SageMakerPipelinesClient
{
    private static PipelinesJsonContext Json => PipelinesJsonContext.Default;

    /// <inheritdoc />
    public Task<ListPipelinesResponse> ListPipelinesAsync(
        ListPipelinesRequest request,
        CancellationToken cancellationToken = default
    ) =>
        CallAsync(
            "ListPipelines",
            request,
            r => RequestValidator.Paging(r.NextToken, r.MaxResults, (r.SortBy, "SortBy"), (r.SortOrder, "SortOrder")),
            Json.ListPipelinesRequest,
            Json.ListPipelinesResponse,
            cancellationToken
        );

    /// <inheritdoc />
    public Task<DescribePipelineResponse> DescribePipelineAsync(
        DescribePipelineRequest request,
        CancellationToken cancellationToken = default
    ) =>
        CallAsync(
            "DescribePipeline",
            request,
            r =>
            {
                RequestValidator.PipelineNameOrArn(r.PipelineName, nameof(r.PipelineName));
                RequestValidator.VersionId(r.PipelineVersionId, nameof(r.PipelineVersionId));
            },
            Json.DescribePipelineRequest,
            Json.DescribePipelineResponse,
            cancellationToken
        );

    /// <inheritdoc />
    public Task<ListPipelineVersionsResponse> ListPipelineVersionsAsync(
        ListPipelineVersionsRequest request,
        CancellationToken cancellationToken = default
    ) =>
        CallAsync(
            "ListPipelineVersions",
            request,
            r =>
            {
                RequestValidator.PipelineNameOrArn(r.PipelineName, nameof(r.PipelineName));
                RequestValidator.Paging(r.NextToken, r.MaxResults, (r.SortOrder, "SortOrder"));
            },
            Json.ListPipelineVersionsRequest,
            Json.ListPipelineVersionsResponse,
            cancellationToken
        );

    /// <inheritdoc />
    public Task<StartPipelineExecutionResponse> StartPipelineExecutionAsync(
        StartPipelineExecutionRequest request,
        CancellationToken cancellationToken = default
    ) =>
        CallAsync(
            "StartPipelineExecution",
            request,
            RequestValidator.ValidateStart,
            Json.StartPipelineExecutionRequest,
            Json.StartPipelineExecutionResponse,
            cancellationToken
        );

    /// <inheritdoc />
    public Task<DescribePipelineExecutionResponse> DescribePipelineExecutionAsync(
        DescribePipelineExecutionRequest request,
        CancellationToken cancellationToken = default
    ) =>
        CallAsync(
            "DescribePipelineExecution",
            request,
            r => RequestValidator.Required(r.PipelineExecutionArn, nameof(r.PipelineExecutionArn)),
            Json.DescribePipelineExecutionRequest,
            Json.DescribePipelineExecutionResponse,
            cancellationToken
        );

    /// <inheritdoc />
    public Task<ListPipelineExecutionsResponse> ListPipelineExecutionsAsync(
        ListPipelineExecutionsRequest request,
        CancellationToken cancellationToken = default
    ) =>
        CallAsync(
            "ListPipelineExecutions",
            request,
            r =>
            {
                RequestValidator.PipelineNameOrArn(r.PipelineName, nameof(r.PipelineName));
                RequestValidator.Paging(r.NextToken, r.MaxResults, (r.SortBy, "SortBy"), (r.SortOrder, "SortOrder"));
            },
            Json.ListPipelineExecutionsRequest,
            Json.ListPipelineExecutionsResponse,
            cancellationToken
        );

    /// <inheritdoc />
    public Task<ListPipelineExecutionStepsResponse> ListPipelineExecutionStepsAsync(
        ListPipelineExecutionStepsRequest request,
        CancellationToken cancellationToken = default
    ) =>
        CallAsync(
            "ListPipelineExecutionSteps",
            request,
            r =>
            {
                RequestValidator.Required(r.PipelineExecutionArn, nameof(r.PipelineExecutionArn));
                RequestValidator.Paging(r.NextToken, r.MaxResults, (r.SortOrder, "SortOrder"));
            },
            Json.ListPipelineExecutionStepsRequest,
            Json.ListPipelineExecutionStepsResponse,
            cancellationToken
        );

    /// <inheritdoc />
    public Task<StopPipelineExecutionResponse> StopPipelineExecutionAsync(
        StopPipelineExecutionRequest request,
        CancellationToken cancellationToken = default
    ) =>
        CallAsync(
            "StopPipelineExecution",
            request,
            RequestValidator.ValidateStop,
            Json.StopPipelineExecutionRequest,
            Json.StopPipelineExecutionResponse,
            cancellationToken
        );

    /// <inheritdoc />
    public Task<ListPipelineParametersForExecutionResponse> ListPipelineParametersForExecutionAsync(
        ListPipelineParametersForExecutionRequest request,
        CancellationToken cancellationToken = default
    ) =>
        CallAsync(
            "ListPipelineParametersForExecution",
            request,
            r =>
            {
                RequestValidator.Required(r.PipelineExecutionArn, nameof(r.PipelineExecutionArn));
                RequestValidator.Paging(r.NextToken, r.MaxResults);
            },
            Json.ListPipelineParametersForExecutionRequest,
            Json.ListPipelineParametersForExecutionResponse,
            cancellationToken
        );
}
