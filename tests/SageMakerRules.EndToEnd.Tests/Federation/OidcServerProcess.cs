using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>
/// The repository's OIDC test server (tests/oidc-server, shaped like Azure AD) as a child process: installed with
/// npm ci when needed, started over HTTPS with the given certificate, ready once it prints its addresses, and stopped
/// by closing its standard input. Trusting the certificate is the caller's business.
/// </summary>
public sealed class OidcServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly Process _process;

    private OidcServerProcess(Process process, JsonElement ready)
    {
        _process = process;
        Origin = new Uri(ready.GetProperty("origin").GetString()!);
        AuthorityHost = new Uri(ready.GetProperty("authorityHost").GetString()!);
        Issuer = ready.GetProperty("issuer").GetString()!;
    }

    /// <summary>The server's origin, for example https://127.0.0.1:45678.</summary>
    public Uri Origin { get; }

    /// <summary>The authority host MSAL is pointed at (AZURE_AUTHORITY_HOST).</summary>
    public Uri AuthorityHost { get; }

    /// <summary>The issuer of the server's tokens.</summary>
    public string Issuer { get; }

    /// <summary>Starts the server on a free loopback port and waits until it is ready.</summary>
    /// <param name="certificateFile">The server certificate, PEM.</param>
    /// <param name="keyFile">Its private key, PEM.</param>
    public static async Task<OidcServerProcess> StartAsync(string certificateFile, string keyFile)
    {
        var serverDirectory = RepositoryFiles.OidcServerDirectory();
        await NodeTools.EnsureInstalledAsync(serverDirectory, StartTimeout);

        var errors = new StringBuilder();
        var process = NodeTools.Start(StartInfo(serverDirectory, certificateFile, keyFile));
        process.ErrorDataReceived += (_, line) =>
        {
            lock (errors)
            {
                errors.AppendLine(line.Data);
            }
        };
        process.BeginErrorReadLine();

        using var ready = await ReadReadyLineAsync(process, errors);
        _ = DrainAsync(process.StandardOutput);

        return new OidcServerProcess(process, ready.RootElement);
    }

    /// <summary>Asks the server to stop, and kills it if it has not within ten seconds.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string serverDirectory, string certificateFile, string keyFile)
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

        return start;
    }

    private static async Task<JsonDocument> ReadReadyLineAsync(Process process, StringBuilder errors)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is not null)
        {
            return JsonDocument.Parse(line);
        }

        await process.WaitForExitAsync(timeout.Token);
        lock (errors)
        {
            throw new InvalidOperationException(
                $"The OIDC test server exited with code {process.ExitCode} before it was ready: {errors}"
            );
        }
    }

    private static async Task DrainAsync(StreamReader output)
    {
        while (await output.ReadLineAsync() is not null) { }
    }
}
