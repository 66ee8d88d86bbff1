using System.Net.Http.Json;

namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>
/// The real OIDC server in tests/oidc-server for a test collection (see <see cref="OidcServerProcess"/>), over HTTPS
/// with a certificate made for this run and trusted through SSL_CERT_DIR (see Federation.targets).
/// </summary>
public sealed class OidcServerFixture : IAsyncLifetime
{
    private OidcServerProcess? _server;
    private string? _trustFile;
    private string? _workDirectory;

    /// <summary>The server's origin, for example https://127.0.0.1:45678.</summary>
    public Uri Origin => Server.Origin;

    /// <summary>The authority host MSAL is pointed at (AZURE_AUTHORITY_HOST).</summary>
    public Uri AuthorityHost => Server.AuthorityHost;

    /// <summary>The issuer of the server's tokens.</summary>
    public string Issuer => Server.Issuer;

    private OidcServerProcess Server => _server ?? throw new InvalidOperationException("The server is not started.");

    public async Task InitializeAsync()
    {
        var certificate = TestCertificate.Create(TimeProvider.System);
        _trustFile = TrustStore.Add(certificate.CertificatePem);
        _workDirectory = Directory.CreateTempSubdirectory("smr-oidc-").FullName;
        var certificateFile = Path.Combine(_workDirectory, "server.pem");
        var keyFile = Path.Combine(_workDirectory, "server-key.pem");
        await File.WriteAllTextAsync(certificateFile, certificate.CertificatePem);
        await File.WriteAllTextAsync(keyFile, certificate.PrivateKeyPem);

        _server = await OidcServerProcess.StartAsync(certificateFile, keyFile);
    }

    /// <summary>Counts of token, discovery and JWKS requests the server has answered.</summary>
    public async Task<OidcServerStats> GetStatsAsync()
    {
        using var http = new HttpClient();

        return (await http.GetFromJsonAsync<OidcServerStats>(new Uri(Origin, "/_test/stats")))!;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        TrustStore.Remove(_trustFile);
        if (_workDirectory is not null)
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
    }
}

/// <summary>The OIDC test server's request counters.</summary>
public sealed record OidcServerStats(int TokenRequests, int DiscoveryRequests, int JwksRequests);

[CollectionDefinition(Name)]
public sealed class FederationCollection : ICollectionFixture<OidcServerFixture>
{
    public const string Name = "Federation";
}
