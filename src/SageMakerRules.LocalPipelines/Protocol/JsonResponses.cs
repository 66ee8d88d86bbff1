using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SageMakerRules.LocalPipelines.Operations;

namespace SageMakerRules.LocalPipelines.Protocol;

/// <summary>Runs an operation into a JSON 1.1 body and writes answers, errors and dropped answers.</summary>
internal static class JsonResponses
{
    public const string JsonContentType = "application/x-amz-json-1.1";

    public static async Task WriteAsync(HttpContext context, byte[] response, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = JsonContentType;
        await context.Response.Body.WriteAsync(response, cancellationToken);
    }

    public static byte[] Run(Operation operation, byte[] body)
    {
        var request = RequestReader.Parse(body);
        using var stream = new MemoryStream();

        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            operation(request, writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>
    /// Sends the status line, the headers and half of the body, then aborts the connection: the work is committed
    /// but the client cannot read the answer. Sending some of the response first matters, because .NET's HTTP client
    /// transparently re-sends a request whose pooled connection closed before any response byte arrived.
    /// </summary>
    public static async Task DropResponseAsync(
        HttpContext context,
        byte[] response,
        CancellationToken cancellationToken
    )
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = JsonContentType;
        context.Response.ContentLength = response.Length;
        await context.Response.Body.WriteAsync(response.AsMemory(0, response.Length / 2), cancellationToken);
        await context.Response.Body.FlushAsync(cancellationToken);
        context.Abort();
    }

    public static async Task WriteErrorAsync(HttpContext context, ApiException exception)
    {
        using var stream = new MemoryStream();

        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("__type", exception.Code);
            writer.WriteString("message", exception.Message);
            writer.WriteEndObject();
        }

        context.Response.StatusCode = (int)exception.Status;
        context.Response.ContentType = JsonContentType;
        await context.Response.Body.WriteAsync(stream.ToArray(), context.RequestAborted);
    }
}
