namespace SageMakerRules.EndToEnd.Tests.Federation;

/// <summary>Finds the repository's tests/oidc-server folder from the test output directory.</summary>
internal static class RepositoryFiles
{
    public static string OidcServerDirectory()
    {
        for (
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            directory is not null;
            directory = directory.Parent
        )
        {
            var candidate = Path.Combine(directory.FullName, "tests", "oidc-server");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"tests/oidc-server/package.json was not found above {AppContext.BaseDirectory}; run the tests from a "
                + "checkout of the repository."
        );
    }
}
