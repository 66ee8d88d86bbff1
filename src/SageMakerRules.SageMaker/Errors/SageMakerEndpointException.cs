using Amazon.Runtime;

namespace SageMakerRules.SageMaker;

/// <summary>
/// The endpoint settings cannot work: an unknown scheme, plain <c>http</c> to a host that is not loopback, FIPS or
/// dual-stack combined with an explicit endpoint, or a missing region.
/// </summary>
public sealed class SageMakerEndpointException : AmazonClientException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    public SageMakerEndpointException(string message)
        : base(message) { }
}
