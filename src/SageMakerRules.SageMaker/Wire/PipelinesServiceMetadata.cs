using Amazon.Runtime.Internal;

namespace SageMakerRules.SageMaker.Wire;

/// <summary>The service identity Core reads for user agents and metrics.</summary>
internal sealed class PipelinesServiceMetadata : IServiceMetadata
{
    public string ServiceId => "SageMaker";

    public IDictionary<string, string> OperationNameMapping { get; } = new Dictionary<string, string>();
}
