using Amazon.Runtime;

namespace SageMakerRules.SageMaker.Wire;

/// <summary>The SDK-side response of a call, holding the deserialised result.</summary>
/// <typeparam name="T">The public response type.</typeparam>
internal sealed class OperationResponse<T> : AmazonWebServiceResponse
    where T : class
{
    public T? Result { get; set; }
}
