using SageMakerRules.Compiler.Loading;

namespace SageMakerRules.Compiler.Tests;

public sealed class RuleReferencesTests
{
    [Theory]
    [InlineData("System.Runtime")]
    [InlineData("System.Private.CoreLib")]
    [InlineData("System.Text.Json")]
    [InlineData("System.Memory")]
    [InlineData("System.Collections")]
    [InlineData("System.Text.RegularExpressions")]
    [InlineData("Newtonsoft.Json")]
    [InlineData("SageMakerRules")]
    public void All_AssembliesGeneratedCodeUses_AreReferenced(string assemblyName)
    {
        var names = RuleReferences.All.Select(reference => Path.GetFileNameWithoutExtension(reference.Display));

        Assert.Contains(assemblyName, names);
    }

    [Fact]
    public void All_EveryTrustedPlatformAssembly_IsReferencedOnce()
    {
        var referenced = RuleReferences
            .All.Select(reference => Path.GetFileNameWithoutExtension(reference.Display)!)
            .ToList();

        Assert.Equal(referenced.Count, referenced.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(
            HostAssemblies.Trusted.Keys,
            name => Assert.Contains(name, referenced, StringComparer.OrdinalIgnoreCase)
        );
    }
}
