using System.Diagnostics;

namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>Installs the OIDC test server's npm packages (npm ci from the lock file) when they are missing.</summary>
internal static class NodeTools
{
    public static async Task EnsureInstalledAsync(string serverDirectory, TimeSpan timeout)
    {
        var marker = Path.Combine(serverDirectory, "node_modules", "oidc-provider", "package.json");
        if (File.Exists(marker))
        {
            return;
        }

        // Several test processes may start at once; one installs while the others wait for its lock.
        Directory.CreateDirectory(Path.Combine(serverDirectory, ".certs"));
        await using var installLock = await AcquireLockAsync(Path.Combine(serverDirectory, ".certs", "npm-ci.lock"));
        if (!File.Exists(marker))
        {
            await RunNpmCiAsync(serverDirectory, timeout);
        }
    }

    private static async Task RunNpmCiAsync(string serverDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund")
        {
            WorkingDirectory = serverDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var npm = Start(start);
        var output = npm.StandardOutput.ReadToEndAsync();
        var errors = npm.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await npm.WaitForExitAsync(cancel.Token);

        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'npm ci' in {serverDirectory} failed with exit code {npm.ExitCode}: {await output} {await errors}"
            );
        }
    }

    /// <summary>Starts node or npm, with a message that says what to install when it is missing.</summary>
    public static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"'{start.FileName}' was not found: the federation tests need Node.js 20.19 or later with npm on PATH.",
                exception
            );
        }
    }

    private static async Task<FileStream> AcquireLockAsync(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }
}
