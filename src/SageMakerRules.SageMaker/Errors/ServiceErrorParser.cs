using System.Net;
using System.Text;
using System.Text.Json;

namespace SageMakerRules.SageMaker;

/// <summary>
/// Turns an AWS JSON 1.1 error answer into a typed <see cref="SageMakerPipelinesException"/>. The code comes from
/// <c>__type</c> (text after the last <c>#</c>, before the first <c>:</c>), else the <c>x-amzn-ErrorType</c> header,
/// else the HTTP status; the message from <c>message</c> or <c>Message</c>, sanitised.
/// </summary>
internal static class ServiceErrorParser
{
    public const string RequestIdHeader = "x-amzn-RequestId";

    public const string ErrorTypeHeader = "x-amzn-ErrorType";

    public static SageMakerPipelinesException Parse(
        ReadOnlySpan<byte> body,
        HttpStatusCode statusCode,
        string? requestId,
        string? errorTypeHeader,
        Exception? innerException = null
    )
    {
        var (type, message) = ReadJsonError(body);
        var code = CodeOf(type) ?? CodeOf(errorTypeHeader) ?? CodeOfStatus(statusCode);
        message ??= DescribeWithoutMessage(body, statusCode, type is not null);
        requestId = string.IsNullOrWhiteSpace(requestId) ? null : requestId.Trim();
        return ServiceErrorCatalog.Create(
            ErrorMessageSanitizer.Sanitize(message),
            code,
            requestId,
            statusCode,
            innerException
        );
    }

    /// <summary>The error code in a <c>__type</c> value or error-type header, or null when there is none.</summary>
    public static string? CodeOf(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var code = type[(type.LastIndexOf('#') + 1)..];
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        code = (colon >= 0 ? code[..colon] : code).Trim();
        return code.Length == 0 ? null : code;
    }

    private static (string? Type, string? Message) ReadJsonError(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, null);
            }

            return ReadMembers(ref reader);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static (string? Type, string? Message) ReadMembers(ref Utf8JsonReader reader)
    {
        string? type = null;
        string? message = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            var value = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            reader.Skip();
            if (name == "__type")
            {
                type = value;
            }
            else if (name is "message" or "Message" && value is not null)
            {
                message ??= value;
            }
        }

        return (type, message);
    }

    private static string CodeOfStatus(HttpStatusCode statusCode) =>
        Enum.IsDefined(statusCode) ? statusCode.ToString() : $"Http{(int)statusCode}";

    private static string DescribeWithoutMessage(ReadOnlySpan<byte> body, HttpStatusCode statusCode, bool isJson)
    {
        var status = $"SageMaker answered HTTP {(int)statusCode}";
        if (body.IsEmpty || isJson)
        {
            return $"{status} without an error message.";
        }

        var text = Encoding.UTF8.GetString(body[..Math.Min(body.Length, 512)]);
        var snippet = string.Join(' ', text.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        snippet = snippet.Length > 200 ? snippet[..200] + "..." : snippet;
        return $"{status} with a body that is not a JSON error: {snippet}";
    }
}
