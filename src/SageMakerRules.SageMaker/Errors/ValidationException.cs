using System.Net;

namespace SageMakerRules.SageMaker;

/// <summary>
/// SageMaker rejected a value of the request (<c>ValidationException</c>), for example an undeclared parameter or a
/// stop of an execution that is not running. Not retried.
/// </summary>
public sealed class ValidationException : SageMakerPipelinesException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The (sanitised) message from the service.</param>
    /// <param name="errorCode">The AWS error code without namespace.</param>
    /// <param name="requestId">The request id of the answer, when there was one.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ValidationException(
        string message,
        string errorCode,
        string? requestId,
        HttpStatusCode statusCode,
        Exception? innerException = null
    )
        : base(message, errorCode, requestId, statusCode, innerException) { }
}
