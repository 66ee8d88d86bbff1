using Amazon.Runtime;

namespace SageMakerRules.SageMaker.Wire;

/// <summary>One marshalled call: the operation name and the JSON body, fixed before the first attempt.</summary>
/// <remarks>The body is serialised once, so every SDK retry sends the same bytes (and the same token).</remarks>
internal sealed class OperationRequest(string operation, byte[] body) : AmazonWebServiceRequest
{
    public string Operation { get; } = operation;

    public byte[] Body { get; } = body;
}
