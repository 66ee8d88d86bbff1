using System.Diagnostics;
using System.Text.Json;
using SageMakerRules.EndToEnd.Tests.Federation;

namespace SageMakerRules.Cli.Tests.Infrastructure;

/// <summary>
/// The repository's OIDC test server (tests/oidc-server, shaped like Azure AD) on https://127.0.0.1, with a
/// certificate made for this run. A child command trusts it through <see cref="ChildEnvironment"/> (SSL_CERT_DIR),
/// so the test process itself needs no trust setting.
/// </summary>
public sealed class AzureAdServer : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private Process? _server;
    private string _directory = "";

    /// <summary>The tenant the server knows.</summary>
    public static string TenantId => OidcServerSettings.TenantId;

    /// <summary>The one application the server knows.</summary>
    public static string ClientId => OidcServerSettings.ClientId;

    /// <summary>SSL_CERT_DIR and AZURE_AUTHORITY_HOST for a child command that should talk to this server.</summary>
    public Dictionary<string, string> ChildEnvironment { get; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var serverDirectory = RepositoryFiles.OidcServerDirectory();
        await NodeTools.EnsureInstalledAsync(serverDirectory, StartTimeout);
        _directory = Directory.CreateTempSubdirectory("smr-cli-oidc-").FullName;
        var trust = Directory.CreateDirectory(Path.Combine(_directory, "trust")).FullName;
        var certificate = TestCertificate.Create(TimeProvider.System);
        var certificateFile = Path.Combine(trust, "server.pem");
        var keyFile = Path.Combine(_directory, "server-key.pem");
        await File.WriteAllTextAsync(certificateFile, certificate.CertificatePem);
        await File.WriteAllTextAsync(keyFile, certificate.PrivateKeyPem);

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
        start.Environment["OIDC_TENANT"] = TenantId;
        start.Environment["OIDC_CLIENT_ID"] = ClientId;
        start.Environment["OIDC_CLIENT_SECRET"] = OidcServerSettings.ClientSecret;
        start.Environment["OIDC_PORT"] = "0";
        _server = NodeTools.Start(start);
        _server.BeginErrorReadLine();

        ChildEnvironment["SSL_CERT_DIR"] = trust;
        ChildEnvironment["AZURE_AUTHORITY_HOST"] = await ReadAuthorityHostAsync(_server);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is { HasExited: false } server)
        {
            // Closing standard input asks the server to stop; it is this fixture's own child.
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
        if (_directory.Length > 0)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static async Task<string> ReadAuthorityHostAsync(Process server)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var line =
            await server.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException("The OIDC test server exited before it was ready.");
        using var ready = JsonDocument.Parse(line);
        _ = DrainAsync(server.StandardOutput);

        return ready.RootElement.GetProperty("authorityHost").GetString()!;
    }

    private static async Task DrainAsync(StreamReader output)
    {
        while (await output.ReadLineAsync() is not null) { }
    }
}
