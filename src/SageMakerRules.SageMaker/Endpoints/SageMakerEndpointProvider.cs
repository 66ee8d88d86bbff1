using Amazon.Runtime.Endpoints;

namespace SageMakerRules.SageMaker.Endpoints;

/// <summary>
/// Core's endpoint provider hook; resolution itself lives in <see cref="SageMakerEndpointResolver"/>.
/// </summary>
internal sealed class SageMakerEndpointProvider(SageMakerPipelinesConfig config) : IEndpointProvider
{
    public Endpoint ResolveEndpoint(EndpointParameters parameters) => new(config.ResolveEndpoint().Url.ToString());
}
