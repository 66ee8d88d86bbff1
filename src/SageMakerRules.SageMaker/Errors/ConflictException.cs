using System.Net;

namespace SageMakerRules.SageMaker;

/// <summary>
/// The request conflicts with the current state, for example a stop while the execution moves between steps
/// (<c>ConflictException</c>). Not retried by the SDK.
/// </summary>
public sealed class ConflictException : SageMakerPipelinesException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The (sanitised) message from the service.</param>
    /// <param name="errorCode">The AWS error code without namespace.</param>
    /// <param name="requestId">The request id of the answer, when there was one.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ConflictException(
        string message,
        string errorCode,
        string? requestId,
        HttpStatusCode statusCode,
        Exception? innerException = null
    )
        : base(message, errorCode, requestId, statusCode, innerException) { }
}
