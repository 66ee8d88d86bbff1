namespace SageMakerRules;

/// <summary>
/// Names the generated <see cref="IRuleRegistry"/> of an assembly, so hosts find rules without scanning.
/// </summary>
/// <param name="registryType">The generated registry type; it has a public parameterless constructor.</param>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class RuleRegistryAttribute(Type registryType) : Attribute
{
    /// <summary>The generated registry type.</summary>
    public Type RegistryType { get; } = registryType;
}
