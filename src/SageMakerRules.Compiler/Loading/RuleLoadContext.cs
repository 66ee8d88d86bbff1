using System.Reflection;
using System.Runtime.Loader;

namespace SageMakerRules.Compiler.Loading;

/// <summary>
/// A collectible load context for one rules assembly. Every assembly the host already has (the SageMakerRules
/// contracts above all) is shared with the host, so that <see cref="IRule"/> inside is the host's type; other
/// dependencies are looked for next to the rules assembly.
/// </summary>
internal sealed class RuleLoadContext(string name, string? dependencyFolder) : AssemblyLoadContext(name, true)
{
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (HostAssemblies.Provides(assemblyName) || dependencyFolder is null)
        {
            return null;
        }

        var candidate = Path.Combine(dependencyFolder, assemblyName.Name + ".dll");

        return File.Exists(candidate) ? LoadFromBytes(candidate) : null;
    }

    public Assembly LoadFromBytes(string assemblyPath)
    {
        // Loading from memory leaves the file unlocked, so that a rebuilt assembly can replace it while loaded.
        using var image = new MemoryStream(File.ReadAllBytes(assemblyPath));
        var symbolsPath = Path.ChangeExtension(assemblyPath, ".pdb");
        if (!File.Exists(symbolsPath))
        {
            return LoadFromStream(image);
        }

        using var symbols = new MemoryStream(File.ReadAllBytes(symbolsPath));

        return LoadFromStream(image, symbols);
    }
}
