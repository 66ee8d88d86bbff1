using System.Net;
using Amazon.Runtime;

namespace SageMakerRules.SageMaker;

/// <summary>
/// An error answer from SageMaker: the AWS error code (<see cref="AmazonServiceException.ErrorCode"/>), the message,
/// the HTTP status and the request id. Codes without a dedicated subclass surface as this type. Messages never carry
/// credentials or signatures.
/// </summary>
public class SageMakerPipelinesException : AmazonServiceException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The (sanitised) message from the service.</param>
    /// <param name="errorCode">The AWS error code without namespace, for example <c>ResourceNotFound</c>.</param>
    /// <param name="requestId">The <c>x-amzn-RequestId</c> of the answer, when there was one.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public SageMakerPipelinesException(
        string message,
        string errorCode,
        string? requestId,
        HttpStatusCode statusCode,
        Exception? innerException = null
    )
        : base(message, innerException, TypeOf(statusCode), errorCode, requestId, statusCode) { }

    private static ErrorType TypeOf(HttpStatusCode statusCode) =>
        (int)statusCode >= 500 ? ErrorType.Receiver : ErrorType.Sender;
}
