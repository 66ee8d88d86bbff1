using Amazon.Runtime;
using Microsoft.Extensions.Time.Testing;
using SageMakerRules.LocalPipelines;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.SageMaker;

namespace SageMakerRules.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A local endpoint on 127.0.0.1 (free port) running on a <see cref="FakeTimeProvider"/> that starts at the real
/// current time (clients sign with the real time, and the endpoint rejects signatures more than five minutes off its
/// clock, so tests advance it by less than that between signed calls), plus clients built for it.
/// </summary>
public sealed class LocalEndpointFixture : IAsyncDisposable
{
    private readonly List<IDisposable> _clients = [];

    private LocalEndpointFixture(LocalPipelinesServer server, FakeTimeProvider clock)
    {
        Server = server;
        Clock = clock;
    }

    /// <summary>The running endpoint.</summary>
    public LocalPipelinesServer Server { get; }

    /// <summary>The endpoint's clock; advancing it moves every execution on.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>
    /// Starts an endpoint serving <see cref="TestPipelines.All"/> unless <paramref name="configure"/> changes it.
    /// </summary>
    public static async Task<LocalEndpointFixture> StartAsync(Action<LocalPipelinesOptions>? configure = null)
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var options = new LocalPipelinesOptions { Clock = clock, Pipelines = [.. TestPipelines.All()] };
        configure?.Invoke(options);

        return new LocalEndpointFixture(await LocalPipelinesServer.StartAsync(options), clock);
    }

    /// <summary>A client signing with the endpoint's default credential.</summary>
    public SageMakerPipelinesClient CreateClient(int maxErrorRetry = 2) =>
        CreateClient(
            new BasicAWSCredentials(Server.Credential.AccessKeyId, Server.Credential.SecretAccessKey),
            maxErrorRetry
        );

    /// <summary>A client for the endpoint with the given credentials and SDK retry counts.</summary>
    /// <param name="credentials">What the client signs with.</param>
    /// <param name="maxErrorRetry">The SDK's retries of throttling and 5xx answers.</param>
    /// <param name="maxStaleConnectionRetries">
    /// The SDK's separate re-sends after a connection reset (Core's default is 10); 0 surfaces a lost answer at once.
    /// </param>
    public SageMakerPipelinesClient CreateClient(
        AWSCredentials credentials,
        int maxErrorRetry = 2,
        int maxStaleConnectionRetries = 10
    )
    {
        var config = new SageMakerPipelinesConfig
        {
            ServiceURL = Server.Endpoint.ToString(),
            AuthenticationRegion = Server.Region,
            MaxErrorRetry = maxErrorRetry,
            MaxStaleConnectionRetries = maxStaleConnectionRetries,
            EnvironmentLookup = _ => null,
        };
        var client = new SageMakerPipelinesClient(credentials, config);
        _clients.Add(client);

        return client;
    }

    /// <summary>Adds a pipeline to the running endpoint and returns its ARN.</summary>
    public string AddPipeline(LocalPipeline pipeline) => Server.AddPipeline(pipeline);

    /// <summary>Stops the endpoint and disposes the clients.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Server.DisposeAsync();
    }
}
