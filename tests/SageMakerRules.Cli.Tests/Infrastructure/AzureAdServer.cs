using SageMakerRules.EndToEnd.Tests.Federation;

namespace SageMakerRules.Cli.Tests.Infrastructure;

/// <summary>
/// The repository's OIDC test server (tests/oidc-server, shaped like Azure AD) on https://127.0.0.1, with a
/// certificate made for this run. A child command trusts it through <see cref="ChildEnvironment"/> (SSL_CERT_DIR),
/// so the test process itself needs no trust setting.
/// </summary>
public sealed class AzureAdServer : IAsyncLifetime
{
    private OidcServerProcess? _server;
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
        _directory = Directory.CreateTempSubdirectory("smr-cli-oidc-").FullName;
        var trust = Directory.CreateDirectory(Path.Combine(_directory, "trust")).FullName;
        var certificate = TestCertificate.Create(TimeProvider.System);
        var certificateFile = Path.Combine(trust, "server.pem");
        var keyFile = Path.Combine(_directory, "server-key.pem");
        await File.WriteAllTextAsync(certificateFile, certificate.CertificatePem);
        await File.WriteAllTextAsync(keyFile, certificate.PrivateKeyPem);

        _server = await OidcServerProcess.StartAsync(certificateFile, keyFile);
        ChildEnvironment["SSL_CERT_DIR"] = trust;
        ChildEnvironment["AZURE_AUTHORITY_HOST"] = _server.AuthorityHost.ToString();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_directory.Length > 0)
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
