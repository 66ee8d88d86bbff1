using System.Net;

namespace SageMakerRules.LocalPipelines.Sts;

/// <summary>An STS error: its wire code, message and HTTP status, answered in STS's XML error shape.</summary>
internal sealed class StsException(string code, string message, HttpStatusCode status = HttpStatusCode.BadRequest)
    : Exception(message)
{
    public string Code { get; } = code;

    public HttpStatusCode Status { get; } = status;

    /// <summary>STS's fault type: <c>Receiver</c> for its own failures, <c>Sender</c> for the caller's.</summary>
    public string FaultType => (int)Status >= 500 ? "Receiver" : "Sender";

    public static StsException Validation(string message) => new("ValidationError", message);

    public static StsException InvalidToken(string message) => new("InvalidIdentityToken", message);

    public static StsException Expired(string message) => new("ExpiredTokenException", message);

    public static StsException Communication(string message) => new("IDPCommunicationError", message);

    public static StsException AccessDenied(string message) => new("AccessDenied", message, HttpStatusCode.Forbidden);
}
