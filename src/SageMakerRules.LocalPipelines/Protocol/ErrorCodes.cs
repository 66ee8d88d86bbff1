namespace SageMakerRules.LocalPipelines.Protocol;

/// <summary>The AWS error codes (the JSON <c>__type</c> values) the local endpoint returns.</summary>
internal static class ErrorCodes
{
    public const string Validation = "ValidationException";

    public const string ResourceNotFound = "ResourceNotFound";

    public const string ResourceLimitExceeded = "ResourceLimitExceeded";

    public const string Conflict = "ConflictException";

    public const string Throttling = "ThrottlingException";

    public const string InternalFailure = "InternalFailure";

    public const string Serialization = "SerializationException";

    public const string UnknownOperation = "UnknownOperationException";

    public const string UnrecognizedClient = "UnrecognizedClientException";

    public const string InvalidSignature = "InvalidSignatureException";

    public const string IncompleteSignature = "IncompleteSignatureException";

    public const string MissingAuthenticationToken = "MissingAuthenticationTokenException";

    public const string ExpiredToken = "ExpiredTokenException";
}
