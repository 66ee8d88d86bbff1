using Amazon.Runtime;
using SageMakerRules.LocalPipelines;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.SageMaker;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Cli.Common;

/// <summary>
/// Where one command run talks to: AWS (or a compatible endpoint) with the chosen credentials, or a local endpoint
/// started in-process for the run and stopped with it.
/// </summary>
internal sealed class Connection : IAsyncDisposable
{
    private Connection(string region, Uri? endpointUrl, CredentialsOptions credentials, LocalPipelinesServer? local)
    {
        Region = region;
        EndpointUrl = endpointUrl;
        Credentials = credentials;
        LocalServer = local;
    }

    /// <summary>The signing region.</summary>
    public string Region { get; }

    /// <summary>The explicit endpoint, or <see langword="null"/> for the region's (or the environment's).</summary>
    public Uri? EndpointUrl { get; }

    /// <summary>How calls are authenticated.</summary>
    public CredentialsOptions Credentials { get; }

    /// <summary>The in-process local endpoint, when the target is local.</summary>
    public LocalPipelinesServer? LocalServer { get; }

    /// <summary>Starts a local endpoint serving <paramref name="pipelines"/> and connects to it.</summary>
    /// <param name="pipelinesFile">A pipelines file, or <see langword="null"/>.</param>
    /// <param name="pipelines">Pipelines to declare in code, for example derived from rules.</param>
    public static async Task<Connection> StartLocalAsync(FileInfo? pipelinesFile, IEnumerable<LocalPipeline> pipelines)
    {
        var options = new LocalPipelinesOptions { PipelinesFile = pipelinesFile?.FullName };
        foreach (var pipeline in pipelines)
        {
            options.Pipelines.Add(pipeline);
        }

        var server = await LocalPipelinesServer.StartAsync(options, CancellationToken.None);
        var credentials = new CredentialsOptions
        {
            Method = CredentialMethod.AccessKey,
            AccessKey = new AccessKeyCredentialOptions
            {
                AccessKeyId = server.Credential.AccessKeyId,
                SecretAccessKey = server.Credential.SecretAccessKey,
            },
        };
        return new Connection(server.Region, server.Endpoint, credentials, server);
    }

    /// <summary>Connects to AWS or to the endpoint the options and environment name.</summary>
    /// <param name="region">The region.</param>
    /// <param name="endpointUrl">An explicit endpoint, or <see langword="null"/>.</param>
    /// <param name="credentials">How to authenticate.</param>
    public static Connection ForAws(string region, Uri? endpointUrl, CredentialsOptions credentials) =>
        new(region, endpointUrl, credentials, null);

    /// <summary>Creates a SageMaker client for this connection.</summary>
    public SageMakerPipelinesClient CreateClient()
    {
        AWSCredentials credentials = new CredentialsFactory().Create(Credentials);
        var config = SageMakerPipelinesConfig.For(Region, EndpointUrl?.ToString());
        return new SageMakerPipelinesClient(credentials, config);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (LocalServer is not null)
        {
            await LocalServer.DisposeAsync();
        }
    }
}
