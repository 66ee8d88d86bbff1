using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SageMakerRules.LocalPipelines.Executions;
using SageMakerRules.LocalPipelines.Faults;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.LocalPipelines.Protocol;
using SageMakerRules.LocalPipelines.Security;

namespace SageMakerRules.LocalPipelines;

/// <summary>
/// A local SageMaker Pipelines endpoint (AWS JSON 1.1 over HTTP, SigV4-verified) and STS endpoint, served by Kestrel
/// on 127.0.0.1. Start it with <see cref="StartAsync"/>; dispose it to stop it.
/// </summary>
public sealed partial class LocalPipelinesServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly PipelineStore _store;

    private readonly ILogger _logger;

    private readonly Sts.StsEndpoint _sts;

    private int _disposed;

    private LocalPipelinesServer(
        WebApplication app,
        Uri endpoint,
        PipelineStore store,
        ServerParts parts,
        LocalPipelinesOptions options,
        ILogger logger
    )
    {
        _app = app;
        _store = store;
        _logger = logger;
        _sts = parts.Sts;
        Endpoint = endpoint;
        Credentials = parts.Credentials;
        Faults = parts.Faults;
        Credential = options.Credential;
        Region = options.Region;
        AccountId = options.AccountId;
        Clock = options.Clock;
    }

    /// <summary>The base address clients send requests to, for example <c>http://127.0.0.1:49152/</c>.</summary>
    public Uri Endpoint { get; }

    /// <summary>The static credential from the options (by default the documented local-only credential).</summary>
    public LocalCredential Credential { get; }

    /// <summary>Every credential accepted; the local STS adds temporary credentials here.</summary>
    public LocalCredentialStore Credentials { get; }

    /// <summary>Every role session the local STS has issued, oldest first (identifiers only, never secrets).</summary>
    public IReadOnlyCollection<Sts.IssuedSession> IssuedSessions => _sts.IssuedSessions;

    /// <summary>The fault injector; change it at any time, it applies from the next call.</summary>
    public FaultInjector Faults { get; }

    /// <summary>The region requests must be signed for.</summary>
    public string Region { get; }

    /// <summary>The account id in the ARNs the endpoint issues.</summary>
    public string AccountId { get; }

    /// <summary>The clock executions run on.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The ARN prefix of pipelines (<c>arn:aws:sagemaker:{region}:{account}:pipeline/</c>).</summary>
    public string PipelineArnPrefix => _store.PipelineArnPrefix;

    /// <summary>Adds a pipeline while the endpoint runs.</summary>
    /// <param name="pipeline">The pipeline to serve.</param>
    /// <returns>The pipeline's ARN.</returns>
    /// <exception cref="ArgumentException">The pipeline is invalid or its name is taken.</exception>
    public string AddPipeline(LocalPipeline pipeline)
    {
        try
        {
            return _store.AddPipeline(pipeline).Arn;
        }
        catch (ApiException exception)
        {
            throw new ArgumentException(exception.Message, nameof(pipeline));
        }
    }

    /// <summary>
    /// Serves requests until <paramref name="cancellationToken"/> is cancelled, then stops the endpoint.
    /// </summary>
    /// <param name="cancellationToken">Cancelled to stop (for example on Ctrl+C).</param>
    /// <returns>A task that completes once the endpoint has stopped.</returns>
    public async Task RunUntilCancelledAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Cancellation is the normal way to end a stand-alone run.
        }

        await DisposeAsync();
    }

    /// <summary>Stops the endpoint and releases the port.</summary>
    /// <returns>A task that completes once Kestrel has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        _sts.Dispose();
        Log.ServerStopped(_logger, Endpoint);
    }

    private static Uri ListeningAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
        var address =
            addresses?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no listening address.");

        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
    }

    private static WebApplication BuildApp(LocalPipelinesOptions options, LocalRequestHandler handler)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.AddSingleton(options.LoggerFactory);
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, options.Port);
        });
        var app = builder.Build();
        app.Run(handler.HandleAsync);

        return app;
    }
}
