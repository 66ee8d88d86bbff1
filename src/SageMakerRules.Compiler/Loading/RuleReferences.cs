using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Compiler.Loading;

/// <summary>
/// The metadata references generated rules compile against: every trusted platform assembly of the running
/// application (the framework, and app-local copies such as a package's System.Text.Json, exactly the files the host
/// runs), plus the SageMakerRules contracts and Newtonsoft.Json. One list, shared by every in-process compilation.
/// </summary>
internal static class RuleReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> _all = new(Create);

    /// <summary>The references, created once per process.</summary>
    public static ImmutableArray<MetadataReference> All => _all.Value;

    private static ImmutableArray<MetadataReference> Create()
    {
        var contracts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [typeof(IRule).Assembly.GetName().Name!] = typeof(IRule).Assembly.Location,
            [typeof(JObject).Assembly.GetName().Name!] = typeof(JObject).Assembly.Location,
        };
        var paths = HostAssemblies
            .Trusted.Where(entry => !contracts.ContainsKey(entry.Key))
            .Select(entry => entry.Value)
            .Concat(contracts.Values.Where(path => path.Length > 0));

        return [.. paths.Where(IsMetadata).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }

    private static bool IsMetadata(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var reader = new System.Reflection.PortableExecutable.PEReader(stream);

            return reader.HasMetadata;
        }
        catch (Exception exception) when (exception is IOException or BadImageFormatException)
        {
            return false;
        }
    }
}
