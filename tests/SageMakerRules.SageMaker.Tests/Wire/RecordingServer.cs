using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace SageMakerRules.SageMaker.Tests.Wire;

/// <summary>A request the server received: headers (lower-case names) and body.</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string Body
)
{
    public string Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : "";
}

/// <summary>A canned answer.</summary>
public sealed record CannedResponse(
    int Status,
    string Body,
    string? RequestId = "req-1",
    string? ContentType = null,
    string? Date = null
);

/// <summary>
/// A Kestrel server on 127.0.0.1 (free port) that records every request and replays canned answers in order; the
/// last answer repeats once the queue is empty.
/// </summary>
public sealed class RecordingServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly ConcurrentQueue<CannedResponse> _answers = new();

    private CannedResponse _last = new(200, "{}");

    private RecordingServer(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Uri Url { get; private set; } = null!;

    public static async Task<RecordingServer> StartAsync(params CannedResponse[] answers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var server = new RecordingServer(builder.Build());
        foreach (var answer in answers)
        {
            server._answers.Enqueue(answer);
        }

        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        server.Url = new Uri(server._app.Urls.First());
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        Requests.Enqueue(new RecordedRequest(context.Request.Method, context.Request.Path, headers, body));

        var answer = _answers.TryDequeue(out var next) ? _last = next : _last;
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType ?? "application/x-amz-json-1.1";
        if (answer.RequestId is not null)
        {
            context.Response.Headers["x-amzn-RequestId"] = answer.RequestId;
        }

        if (answer.Date is not null)
        {
            context.Response.Headers.Date = answer.Date;
        }

        await context.Response.WriteAsync(answer.Body);
    }
}
