namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>
/// Adds a certificate to the directory SSL_CERT_DIR names for this test process (set by Federation.targets through
/// the .runsettings), the standard OpenSSL mechanism .NET on Linux reads when it first loads the root store.
/// </summary>
internal static class TrustStore
{
    public const string Variable = "SSL_CERT_DIR";

    public static string Add(string certificatePem)
    {
        var directory = TrustDirectory();
        Directory.CreateDirectory(directory);
        RemoveStale(directory);
        var file = Path.Combine(directory, $"oidc-test-{Environment.ProcessId}-{Guid.NewGuid():N}.pem");
        File.WriteAllText(file, certificatePem);

        return file;
    }

    public static void Remove(string? file)
    {
        if (file is not null && File.Exists(file))
        {
            File.Delete(file);
        }
    }

    // A test process that crashed leaves its certificate behind; they are valid for two days, so clear older ones.
    private static void RemoveStale(string directory)
    {
        foreach (var file in Directory.EnumerateFiles(directory, "oidc-test-*.pem"))
        {
            if (File.GetLastWriteTimeUtc(file) < TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-3))
            {
                File.Delete(file);
            }
        }
    }

    private static string TrustDirectory()
    {
        var expected = Path.GetFullPath(Path.Combine(RepositoryFiles.OidcServerDirectory(), ".certs", "trust"));
        var configured = Environment.GetEnvironmentVariable(Variable);

        // Only the repository's own trust directory is written to, never a system one.
        if (configured is null || Path.GetFullPath(configured).TrimEnd('/') != expected.TrimEnd('/'))
        {
            throw new InvalidOperationException(
                $"{Variable} is '{configured}', but the federation tests need it set to {expected} when the test "
                    + "process starts. Run them with 'dotnet test' (Federation.targets generates a .runsettings that "
                    + $"sets it), or pass --settings obj/federation.runsettings, or export {Variable}={expected}."
            );
        }

        return expected;
    }
}
