using System.Net;

namespace SageMakerRules.LocalPipelines.Protocol;

/// <summary>
/// An error the local endpoint answers with: the AWS error code (the JSON <c>__type</c>), a message and the HTTP
/// status.
/// </summary>
internal sealed class ApiException(string code, string message, HttpStatusCode status = HttpStatusCode.BadRequest)
    : Exception(message)
{
    public string Code { get; } = code;

    public HttpStatusCode Status { get; } = status;

    public static ApiException Validation(string message) => new(ErrorCodes.Validation, message);

    public static ApiException NotFound(string message) => new(ErrorCodes.ResourceNotFound, message);

    /// <summary>A constraint violation worded the way AWS's request validation words it.</summary>
    public static ApiException Constraint(string? value, string member, string constraint)
    {
        var shown = value is null ? "null" : $"'{value}'";

        return Validation(
            $"1 validation error detected: Value {shown} at '{member}' failed to satisfy constraint: {constraint}"
        );
    }

    public static ApiException Required(string member) => Constraint(null, member, "Member must not be null");
}
