using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Compiler.Loading;

/// <summary>
/// The metadata references generated rules compile against: the framework assemblies the running application uses
/// (from its trusted platform assemblies), the SageMakerRules contracts and Newtonsoft.Json, all the host's copies.
/// </summary>
internal static class RuleReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> _all = new(Create);

    public static ImmutableArray<MetadataReference> All => _all.Value;

    private static ImmutableArray<MetadataReference> Create()
    {
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";
        var framework = HostAssemblies
            .Trusted.Values.Where(path => IsInFolder(path, frameworkFolder))
            .Where(path => !Path.GetFileName(path).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal));
        var contracts = new[] { typeof(IRule).Assembly.Location, typeof(JObject).Assembly.Location };

        return
        [
            .. framework
                .Concat(contracts)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
        ];
    }

    private static bool IsInFolder(string path, string folder) =>
        string.Equals(Path.GetDirectoryName(path), folder, StringComparison.OrdinalIgnoreCase);
}
