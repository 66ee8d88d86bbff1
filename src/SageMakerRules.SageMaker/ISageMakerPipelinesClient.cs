namespace SageMakerRules.SageMaker;

/// <summary>
/// The SageMaker Pipelines operations SageMakerRules uses. Errors surface as <see cref="SageMakerPipelinesException"/>
/// subclasses; invalid start requests as <see cref="SageMakerRequestValidationException"/> before anything is sent.
/// The <c>ListAll...</c> members read every page; fakes get them for free from the page-level operations.
/// </summary>
public interface ISageMakerPipelinesClient
{
    /// <summary>Lists one page of pipelines.</summary>
    /// <param name="request">The filters and page token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<ListPipelinesResponse> ListPipelinesAsync(
        ListPipelinesRequest request,
        CancellationToken cancellationToken = default
    );

    /// <summary>Describes a pipeline, including its definition.</summary>
    /// <param name="request">The pipeline name or ARN.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pipeline.</returns>
    Task<DescribePipelineResponse> DescribePipelineAsync(
        DescribePipelineRequest request,
        CancellationToken cancellationToken = default
    );

    /// <summary>Lists one page of the versions of a pipeline.</summary>
    /// <param name="request">The pipeline and page token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<ListPipelineVersionsResponse> ListPipelineVersionsAsync(
        ListPipelineVersionsRequest request,
        CancellationToken cancellationToken = default
    );

    /// <summary>Starts an execution; the same token returns the same execution.</summary>
    /// <param name="request">The start request, validated before sending.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The execution ARN.</returns>
    Task<StartPipelineExecutionResponse> StartPipelineExecutionAsync(
        StartPipelineExecutionRequest request,
        CancellationToken cancellationToken = default
    );

    /// <summary>Describes an execution (status and failure reason).</summary>
    /// <param name="request">The execution ARN.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The execution.</returns>
    Task<DescribePipelineExecutionResponse> DescribePipelineExecutionAsync(
        DescribePipelineExecutionRequest request,
        CancellationToken cancellationToken = default
    );

    /// <summary>Lists one page of the executions of a pipeline.</summary>
    /// <param name="request">The pipeline, filters and page token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<ListPipelineExecutionsResponse> ListPipelineExecutionsAsync(
        ListPipelineExecutionsRequest request,
        CancellationToken cancellationToken = default
    );

    /// <summary>Lists one page of the steps of an execution.</summary>
    /// <param name="request">The execution and page token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<ListPipelineExecutionStepsResponse> ListPipelineExecutionStepsAsync(
        ListPipelineExecutionStepsRequest request,
        CancellationToken cancellationToken = default
    );

    /// <summary>Asks SageMaker to stop an execution.</summary>
    /// <param name="request">The execution ARN and idempotency token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The execution ARN.</returns>
    Task<StopPipelineExecutionResponse> StopPipelineExecutionAsync(
        StopPipelineExecutionRequest request,
        CancellationToken cancellationToken = default
    );

    /// <summary>Lists one page of the parameter values an execution ran with.</summary>
    /// <param name="request">The execution and page token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    Task<ListPipelineParametersForExecutionResponse> ListPipelineParametersForExecutionAsync(
        ListPipelineParametersForExecutionRequest request,
        CancellationToken cancellationToken = default
    );

    /// <summary>Lists every pipeline, reading page after page.</summary>
    /// <param name="request">The filters; its <c>NextToken</c> is where to begin.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The pipelines of all pages.</returns>
    IAsyncEnumerable<PipelineSummary> ListAllPipelinesAsync(
        ListPipelinesRequest request,
        CancellationToken cancellationToken = default
    ) => SageMakerPagination.ListAllPipelinesAsync(this, request, cancellationToken);

    /// <summary>Lists every version of a pipeline, reading page after page.</summary>
    /// <param name="request">The pipeline and filters.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The versions of all pages.</returns>
    IAsyncEnumerable<PipelineVersionSummary> ListAllPipelineVersionsAsync(
        ListPipelineVersionsRequest request,
        CancellationToken cancellationToken = default
    ) => SageMakerPagination.ListAllPipelineVersionsAsync(this, request, cancellationToken);

    /// <summary>Lists every execution of a pipeline, reading page after page.</summary>
    /// <param name="request">The pipeline and filters.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The executions of all pages.</returns>
    IAsyncEnumerable<PipelineExecutionSummary> ListAllPipelineExecutionsAsync(
        ListPipelineExecutionsRequest request,
        CancellationToken cancellationToken = default
    ) => SageMakerPagination.ListAllPipelineExecutionsAsync(this, request, cancellationToken);

    /// <summary>Lists every step of an execution, reading page after page.</summary>
    /// <param name="request">The execution.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The steps of all pages.</returns>
    IAsyncEnumerable<PipelineExecutionStep> ListAllPipelineExecutionStepsAsync(
        ListPipelineExecutionStepsRequest request,
        CancellationToken cancellationToken = default
    ) => SageMakerPagination.ListAllPipelineExecutionStepsAsync(this, request, cancellationToken);

    /// <summary>Lists every parameter value of an execution, reading page after page.</summary>
    /// <param name="request">The execution.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The parameters of all pages.</returns>
    IAsyncEnumerable<Parameter> ListAllPipelineParametersForExecutionAsync(
        ListPipelineParametersForExecutionRequest request,
        CancellationToken cancellationToken = default
    ) => SageMakerPagination.ListAllPipelineParametersForExecutionAsync(this, request, cancellationToken);
}
