using Amazon.Runtime;

namespace SageMakerRules.SageMaker.Wire;

/// <summary>One marshalled call: the operation name and the JSON body, fixed before the first attempt.</summary>
/// <remarks>
/// The body is serialised once, so every SDK retry sends the same bytes (and the same token). Core derives the
/// operation name of its metrics and traces from the request type name, hence one small subclass per operation.
/// </remarks>
internal abstract class OperationRequest(string operation, byte[] body) : AmazonWebServiceRequest
{
    public string Operation { get; } = operation;

    public byte[] Body { get; } = body;

    public static OperationRequest Create(string operation, byte[] body) =>
        operation switch
        {
            "ListPipelines" => new ListPipelinesRequest(body),
            "DescribePipeline" => new DescribePipelineRequest(body),
            "ListPipelineVersions" => new ListPipelineVersionsRequest(body),
            "StartPipelineExecution" => new StartPipelineExecutionRequest(body),
            "DescribePipelineExecution" => new DescribePipelineExecutionRequest(body),
            "ListPipelineExecutions" => new ListPipelineExecutionsRequest(body),
            "ListPipelineExecutionSteps" => new ListPipelineExecutionStepsRequest(body),
            "StopPipelineExecution" => new StopPipelineExecutionRequest(body),
            "ListPipelineParametersForExecution" => new ListPipelineParametersForExecutionRequest(body),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a SageMaker operation."),
        };

    private sealed class ListPipelinesRequest(byte[] body) : OperationRequest("ListPipelines", body);

    private sealed class DescribePipelineRequest(byte[] body) : OperationRequest("DescribePipeline", body);

    private sealed class ListPipelineVersionsRequest(byte[] body) : OperationRequest("ListPipelineVersions", body);

    private sealed class StartPipelineExecutionRequest(byte[] body) : OperationRequest("StartPipelineExecution", body);

    private sealed class DescribePipelineExecutionRequest(byte[] body)
        : OperationRequest("DescribePipelineExecution", body);

    private sealed class ListPipelineExecutionsRequest(byte[] body) : OperationRequest("ListPipelineExecutions", body);

    private sealed class ListPipelineExecutionStepsRequest(byte[] body)
        : OperationRequest("ListPipelineExecutionSteps", body);

    private sealed class StopPipelineExecutionRequest(byte[] body) : OperationRequest("StopPipelineExecution", body);

    private sealed class ListPipelineParametersForExecutionRequest(byte[] body)
        : OperationRequest("ListPipelineParametersForExecution", body);
}
