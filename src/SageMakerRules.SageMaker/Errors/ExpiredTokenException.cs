using System.Net;

namespace SageMakerRules.SageMaker;

/// <summary>
/// The session credentials expired (<c>ExpiredTokenException</c>, <c>ExpiredToken</c>); refresh them and call again.
/// </summary>
public sealed class ExpiredTokenException : SageMakerPipelinesException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">The (sanitised) message from the service.</param>
    /// <param name="errorCode">The AWS error code without namespace.</param>
    /// <param name="requestId">The request id of the answer, when there was one.</param>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public ExpiredTokenException(
        string message,
        string errorCode,
        string? requestId,
        HttpStatusCode statusCode,
        Exception? innerException = null
    )
        : base(message, errorCode, requestId, statusCode, innerException) { }
}
