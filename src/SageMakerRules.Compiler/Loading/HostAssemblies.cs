using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.Loader;

namespace SageMakerRules.Compiler.Loading;

/// <summary>
/// The assemblies of the running application: its trusted platform assemblies and what it has loaded.
/// </summary>
internal static class HostAssemblies
{
    private static readonly Lazy<FrozenDictionary<string, string>> _trusted = new(ReadTrustedPlatformAssemblies);

    /// <summary>The trusted platform assemblies by simple name, mapped to their file paths.</summary>
    public static FrozenDictionary<string, string> Trusted => _trusted.Value;

    /// <summary>Whether the host provides the assembly, so that a rules assembly must share the host's copy.</summary>
    public static bool Provides(AssemblyName assemblyName) =>
        assemblyName.Name is { } name
        && (
            Trusted.ContainsKey(name)
            || AssemblyLoadContext.Default.Assemblies.Any(loaded => loaded.GetName().Name == name)
        );

    private static FrozenDictionary<string, string> ReadTrustedPlatformAssemblies()
    {
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";

        return list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(Path.GetFileNameWithoutExtension, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(path => Path.GetFileNameWithoutExtension(path)!, StringComparer.OrdinalIgnoreCase);
    }
}
