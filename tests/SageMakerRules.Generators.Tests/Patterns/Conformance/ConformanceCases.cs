using System.Text.Json;

namespace SageMakerRules.Tests.Conformance;

/// <summary>Finds and reads the EventBridge conformance cases.</summary>
public static class ConformanceCases
{
    /// <summary>
    /// The conformance folder: <c>&lt;repo&gt;/../shared/conformance/eventbridge-patterns</c>, where the repository
    /// is the first folder above <see cref="AppContext.BaseDirectory"/> that holds <c>SageMakerRules.sln</c>.
    /// </summary>
    public static string Folder
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SageMakerRules.sln")))
            {
                directory = directory.Parent;
            }

            if (directory?.Parent is null)
            {
                throw new DirectoryNotFoundException("No SageMakerRules.sln above " + AppContext.BaseDirectory);
            }

            return Path.Combine(directory.Parent.FullName, "shared", "conformance", "eventbridge-patterns");
        }
    }

    /// <summary>Reads every case, ordered by file name.</summary>
    public static IReadOnlyList<ConformanceCase> All()
    {
        var folder = Folder;
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException(
                $"The EventBridge conformance cases are not at {folder}. They live in the team's shared folder next "
                    + "to the repository (../shared/conformance/eventbridge-patterns): clone the repository beside it."
            );
        }

        return Directory.GetFiles(folder, "*.json").OrderBy(path => path, StringComparer.Ordinal).Select(Read).ToList();
    }

    /// <summary>Reads one case file.</summary>
    public static ConformanceCase Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var pattern = root.TryGetProperty("patternText", out var text)
            ? text.GetString()!
            : root.GetProperty("pattern").GetRawText();
        var error = root.TryGetProperty("awsError", out var awsError) ? awsError.GetString() : null;
        return new ConformanceCase(
            root.GetProperty("name").GetString()!,
            root.GetProperty("expected").GetString()!,
            root.GetProperty("event").GetRawText(),
            pattern,
            error,
            root.GetProperty("family").GetString()!
        );
    }
}
