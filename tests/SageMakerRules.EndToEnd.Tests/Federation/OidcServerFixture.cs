using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>
/// Installs (npm ci, when node_modules is missing), starts and stops the real OIDC server in tests/oidc-server, over
/// HTTPS with a certificate made for this run and trusted through SSL_CERT_DIR (see Federation.targets).
/// </summary>
public sealed class OidcServerFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly StringBuilder _serverErrors = new();
    private Process? _server;
    private string? _trustFile;
    private string? _workDirectory;

    /// <summary>The server's origin, for example https://127.0.0.1:45678.</summary>
    public Uri Origin { get; private set; } = null!;

    /// <summary>The authority host MSAL is pointed at (AZURE_AUTHORITY_HOST).</summary>
    public Uri AuthorityHost { get; private set; } = null!;

    /// <summary>The issuer of the server's tokens.</summary>
    public string Issuer { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var serverDirectory = RepositoryFiles.OidcServerDirectory();
        await NodeTools.EnsureInstalledAsync(serverDirectory, StartTimeout);

        var certificate = TestCertificate.Create(TimeProvider.System);
        _trustFile = TrustStore.Add(certificate.CertificatePem);
        _workDirectory = Directory.CreateTempSubdirectory("smr-oidc-").FullName;
        var certificateFile = Path.Combine(_workDirectory, "server.pem");
        var keyFile = Path.Combine(_workDirectory, "server-key.pem");
        await File.WriteAllTextAsync(certificateFile, certificate.CertificatePem);
        await File.WriteAllTextAsync(keyFile, certificate.PrivateKeyPem);

        await StartServerAsync(serverDirectory, certificateFile, keyFile);
    }

    /// <summary>Counts of token, discovery and JWKS requests the server has answered.</summary>
    public async Task<OidcServerStats> GetStatsAsync()
    {
        using var http = new HttpClient();

        return (await http.GetFromJsonAsync<OidcServerStats>(new Uri(Origin, "/_test/stats")))!;
    }

    public async Task DisposeAsync()
    {
        if (_server is { HasExited: false } server)
        {
            // Closing stdin asks the server to stop; the process is this fixture's own child.
            server.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await server.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                server.Kill(entireProcessTree: true);
            }
        }

        _server?.Dispose();
        TrustStore.Remove(_trustFile);
        if (_workDirectory is not null)
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
    }

    private async Task StartServerAsync(string serverDirectory, string certificateFile, string keyFile)
    {
        var start = new ProcessStartInfo("node", "server.mjs")
        {
            WorkingDirectory = serverDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OIDC_CERT_FILE"] = certificateFile;
        start.Environment["OIDC_KEY_FILE"] = keyFile;
        start.Environment["OIDC_TENANT"] = OidcServerSettings.TenantId;
        start.Environment["OIDC_CLIENT_ID"] = OidcServerSettings.ClientId;
        start.Environment["OIDC_CLIENT_SECRET"] = OidcServerSettings.ClientSecret;
        start.Environment["OIDC_PORT"] = "0";

        _server = NodeTools.Start(start);
        _server.ErrorDataReceived += (_, line) =>
        {
            lock (_serverErrors)
            {
                _serverErrors.AppendLine(line.Data);
            }
        };
        _server.BeginErrorReadLine();

        await ReadReadyLineAsync(_server);
    }

    private async Task ReadReadyLineAsync(Process server)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var line = await server.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null)
        {
            await server.WaitForExitAsync(timeout.Token);
            throw new InvalidOperationException(
                $"The OIDC test server exited with code {server.ExitCode} before it was ready: {ServerErrors()}"
            );
        }

        using var ready = JsonDocument.Parse(line);
        Origin = new Uri(ready.RootElement.GetProperty("origin").GetString()!);
        AuthorityHost = new Uri(ready.RootElement.GetProperty("authorityHost").GetString()!);
        Issuer = ready.RootElement.GetProperty("issuer").GetString()!;
        _ = DrainAsync(server.StandardOutput);
    }

    private static async Task DrainAsync(StreamReader output)
    {
        while (await output.ReadLineAsync() is not null) { }
    }

    private string ServerErrors()
    {
        lock (_serverErrors)
        {
            return _serverErrors.ToString();
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
