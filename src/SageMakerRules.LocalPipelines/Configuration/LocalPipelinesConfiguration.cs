using SageMakerRules.LocalPipelines.Faults;
using SageMakerRules.LocalPipelines.Pipelines;

namespace SageMakerRules.LocalPipelines.Configuration;

/// <summary>What a pipelines file declares: pipelines, faults per operation and the fault seed.</summary>
public sealed class LocalPipelinesConfiguration
{
    /// <summary>The pipelines, in file order.</summary>
    public required IReadOnlyList<LocalPipeline> Pipelines { get; init; }

    /// <summary>Faults by operation name (or <c>*</c> for every operation).</summary>
    public required IReadOnlyDictionary<string, OperationFaults> Faults { get; init; }

    /// <summary>The seed for rate-based faults, or <c>null</c> when the file sets none.</summary>
    public int? FaultSeed { get; init; }
}
