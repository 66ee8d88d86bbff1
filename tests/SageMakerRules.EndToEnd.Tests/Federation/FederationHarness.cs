using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using SageMakerRules.EndToEnd.Tests.Infrastructure;
using SageMakerRules.LocalPipelines;
using SageMakerRules.LocalPipelines.Sts;
using SageMakerRules.SageMaker;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>One local endpoint (SageMaker and STS) trusting the OIDC test server, and credentials for it.</summary>
internal sealed class FederationHarness : IAsyncDisposable
{
    public const string RoleArn = "arn:aws:iam::000000000000:role/sagemaker-rules-federated";

    private FederationHarness(
        OidcServerFixture oidc,
        LocalPipelinesServer server,
        FakeTimeProvider clock,
        CapturingLoggerProvider logs
    )
    {
        Oidc = oidc;
        Server = server;
        Clock = clock;
        Logs = logs;
    }

    public OidcServerFixture Oidc { get; }

    public LocalPipelinesServer Server { get; }

    /// <summary>The local endpoint's clock; it starts at the real time so the server's tokens are current.</summary>
    public FakeTimeProvider Clock { get; }

    /// <summary>Every log line of the local endpoint and of the credentials.</summary>
    public CapturingLoggerProvider Logs { get; }

    public static async Task<FederationHarness> StartAsync(
        OidcServerFixture oidc,
        string? trustedIssuer = null,
        string? allowedRole = null,
        Uri? metadataAddress = null
    )
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var provider = new TrustedOidcProvider
        {
            Issuer = trustedIssuer ?? oidc.Issuer,
            MetadataAddress = metadataAddress,
        };
        provider.Audiences.Add(OidcServerSettings.ApplicationIdUri);
        if (allowedRole is not null)
        {
            provider.RoleArns.Add(allowedRole);
        }

        var logs = new CapturingLoggerProvider();
        var options = new LocalPipelinesOptions
        {
            Clock = clock,
            Sts = new LocalStsOptions(),
            LoggerFactory = logs,
        };
        options.Sts.TrustedProviders.Add(provider);

        return new FederationHarness(oidc, await LocalPipelinesServer.StartAsync(options), clock, logs);
    }

    public AzureAdCredentialOptions Options(Action<AzureAdCredentialOptions>? configure = null)
    {
        var options = new AzureAdCredentialOptions
        {
            TenantId = OidcServerSettings.TenantId,
            ClientId = OidcServerSettings.ClientId,
            ClientSecret = OidcServerSettings.ClientSecret,
            RoleArn = RoleArn,
            RoleSessionName = "federation test",
            DurationSeconds = 900,
        };
        configure?.Invoke(options);

        return options;
    }

    /// <summary>Credentials set up as a user would: through AZURE_AUTHORITY_HOST and AWS_ENDPOINT_URL_STS.</summary>
    public AzureAdFederationCredentials Credentials(AzureAdCredentialOptions options, TimeProvider? clock = null)
    {
        var environment = new Dictionary<string, string>
        {
            [CredentialsEnvironment.AzureAuthorityHost] = Oidc.AuthorityHost.ToString(),
            [CredentialsEnvironment.StsEndpoint] = Server.Endpoint.ToString(),
            [CredentialsEnvironment.Region] = Server.Region,
        };
        var factory = new CredentialsFactory(clock ?? TimeProvider.System, Logs, environment.GetValueOrDefault);

        return factory.CreateAzureAd(options);
    }

    public SageMakerPipelinesClient Client(Amazon.Runtime.AWSCredentials credentials) =>
        new(credentials, SageMakerPipelinesConfig.For(Server.Region, Server.Endpoint.ToString()));

    /// <summary>A loopback port nothing listens on.</summary>
    public static Uri ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        return new Uri($"http://127.0.0.1:{port}/");
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
