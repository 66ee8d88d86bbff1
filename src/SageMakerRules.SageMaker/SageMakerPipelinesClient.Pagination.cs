namespace SageMakerRules.SageMaker;

/// <summary>The list operations over all pages.</summary>
public sealed partial class SageMakerPipelinesClient
{
    /// <inheritdoc />
    public IAsyncEnumerable<PipelineSummary> ListAllPipelinesAsync(
        ListPipelinesRequest request,
        CancellationToken cancellationToken = default
    ) => SageMakerPagination.ListAllPipelinesAsync(this, request, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<PipelineVersionSummary> ListAllPipelineVersionsAsync(
        ListPipelineVersionsRequest request,
        CancellationToken cancellationToken = default
    ) => SageMakerPagination.ListAllPipelineVersionsAsync(this, request, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<PipelineExecutionSummary> ListAllPipelineExecutionsAsync(
        ListPipelineExecutionsRequest request,
        CancellationToken cancellationToken = default
    ) => SageMakerPagination.ListAllPipelineExecutionsAsync(this, request, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<PipelineExecutionStep> ListAllPipelineExecutionStepsAsync(
        ListPipelineExecutionStepsRequest request,
        CancellationToken cancellationToken = default
    ) => SageMakerPagination.ListAllPipelineExecutionStepsAsync(this, request, cancellationToken);

    /// <inheritdoc />
    public IAsyncEnumerable<Parameter> ListAllPipelineParametersForExecutionAsync(
        ListPipelineParametersForExecutionRequest request,
        CancellationToken cancellationToken = default
    ) => SageMakerPagination.ListAllPipelineParametersForExecutionAsync(this, request, cancellationToken);
}
