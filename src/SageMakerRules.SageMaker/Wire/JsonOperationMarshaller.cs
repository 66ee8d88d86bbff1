using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Amazon.Runtime.Internal.Transform;

namespace SageMakerRules.SageMaker.Wire;

/// <summary>Turns an <see cref="OperationRequest"/> into the AWS JSON 1.1 HTTP request Core signs and sends.</summary>
internal sealed class JsonOperationMarshaller : IMarshaller<IRequest, AmazonWebServiceRequest>
{
    public const string TargetPrefix = "SageMaker.";

    public const string ContentType = "application/x-amz-json-1.1";

    public static readonly JsonOperationMarshaller Instance = new();

    public IRequest Marshall(AmazonWebServiceRequest input)
    {
        var operation = (OperationRequest)input;
        IRequest request = new DefaultRequest(input, "SageMaker")
        {
            HttpMethod = "POST",
            ResourcePath = "/",
            Content = operation.Body,
        };
        request.Headers["X-Amz-Target"] = TargetPrefix + operation.Operation;
        request.Headers["Content-Type"] = ContentType;
        request.Headers["X-Amz-Api-Version"] = SageMakerPipelinesConfig.ApiVersion;
        return request;
    }
}
