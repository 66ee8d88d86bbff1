using System.Text.Json;
using Amazon.Runtime;

namespace SageMakerRules.SageMaker.Wire;

/// <summary>The SDK-side response of a call, holding the deserialised result or why it could not be read.</summary>
/// <typeparam name="T">The public response type.</typeparam>
internal sealed class OperationResponse<T> : AmazonWebServiceResponse
    where T : class
{
    public T? Result { get; set; }

    /// <summary>
    /// Set when a success body could not be read. Kept here rather than thrown inside Core, which would wrap the
    /// error and retry the call.
    /// </summary>
    public JsonException? ReadError { get; set; }
}
