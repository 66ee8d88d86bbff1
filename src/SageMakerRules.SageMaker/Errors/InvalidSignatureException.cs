using System.Net;

namespace SageMakerRules.SageMaker;

/// <summary>
/// The request signature did not verify (<c>InvalidSignatureException</c>, <c>SignatureDoesNotMatch</c>,
/// <c>IncompleteSignature</c>): usually a wrong secret key or a skewed clock. Not retried.
/// </summary>
public sealed class InvalidSignatureException : SageMakerPipelinesException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The (sanitised) message from the service.</param>
    /// <param name="errorCode">The AWS error code without namespace.</param>
    /// <param name="requestId">The request id of the answer, when there was one.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public InvalidSignatureException(
        string message,
        string errorCode,
        string? requestId,
        HttpStatusCode statusCode,
        Exception? innerException = null
    )
        : base(message, errorCode, requestId, statusCode, innerException) { }
}
