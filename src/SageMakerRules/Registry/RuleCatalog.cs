using System.Reflection;

namespace SageMakerRules;

/// <summary>Finds the rules compiled into an assembly through its <see cref="RuleRegistryAttribute"/>.</summary>
public static class RuleCatalog
{
    /// <summary>Returns the rules of <paramref name="assembly"/>, or an empty list when it has none.</summary>
    /// <param name="assembly">An assembly built with the SageMakerRules generator.</param>
    public static IReadOnlyList<IRule> Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        var attribute = assembly.GetCustomAttribute<RuleRegistryAttribute>();
        if (attribute is null)
        {
            return [];
        }

        var registry = (IRuleRegistry)Activator.CreateInstance(attribute.RegistryType)!;
        return registry.Rules;
    }
}
