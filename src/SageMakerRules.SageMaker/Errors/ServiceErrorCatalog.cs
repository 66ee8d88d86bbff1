using System.Net;

namespace SageMakerRules.SageMaker;

/// <summary>Maps AWS error codes to the typed exceptions of this client.</summary>
internal static class ServiceErrorCatalog
{
    /// <summary>The throttling codes AWSSDK.Core's retry policy retries.</summary>
    public static readonly IReadOnlySet<string> ThrottlingCodes = new HashSet<string>(StringComparer.Ordinal)
    {
        "Throttling",
        "ThrottlingException",
        "ThrottledException",
        "RequestThrottledException",
        "TooManyRequestsException",
        "ProvisionedThroughputExceededException",
        "TransactionInProgressException",
        "RequestLimitExceeded",
        "BandwidthLimitExceeded",
        "LimitExceededException",
        "RequestThrottled",
        "SlowDown",
        "PriorRequestNotComplete",
    };

    public static SageMakerPipelinesException Create(
        string message,
        string code,
        string? requestId,
        HttpStatusCode status,
        Exception? inner
    ) =>
        code switch
        {
            "ResourceNotFound" or "ResourceNotFoundException" => new ResourceNotFoundException(
                message,
                code,
                requestId,
                status,
                inner
            ),
            "ResourceLimitExceeded" or "ResourceLimitExceededException" => new ResourceLimitExceededException(
                message,
                code,
                requestId,
                status,
                inner
            ),
            "ResourceInUse" or "ResourceInUseException" => new ResourceInUseException(
                message,
                code,
                requestId,
                status,
                inner
            ),
            "ConflictException" or "Conflict" => new ConflictException(message, code, requestId, status, inner),
            "ValidationException" or "ValidationError" => new ValidationException(
                message,
                code,
                requestId,
                status,
                inner
            ),
            "AccessDeniedException" or "AccessDenied" or "MissingAuthenticationToken" => new AccessDeniedException(
                message,
                code,
                requestId,
                status,
                inner
            ),
            "UnrecognizedClientException" or "InvalidClientTokenId" => new UnrecognizedClientException(
                message,
                code,
                requestId,
                status,
                inner
            ),
            "InvalidSignatureException" or "SignatureDoesNotMatch" or "IncompleteSignature" or "RequestExpired" =>
                new InvalidSignatureException(message, code, requestId, status, inner),
            "ExpiredTokenException" or "ExpiredToken" => new ExpiredTokenException(
                message,
                code,
                requestId,
                status,
                inner
            ),
            _ => CreateOther(message, code, requestId, status, inner),
        };

    private static SageMakerPipelinesException CreateOther(
        string message,
        string code,
        string? requestId,
        HttpStatusCode status,
        Exception? inner
    )
    {
        if (ThrottlingCodes.Contains(code))
        {
            return new ThrottlingException(message, code, requestId, status, inner);
        }

        if ((int)status >= 500 || code is "InternalFailure" or "ServiceUnavailable" or "InternalServerError")
        {
            return new ServiceFailureException(message, code, requestId, status, inner);
        }

        return new SageMakerPipelinesException(message, code, requestId, status, inner);
    }
}
