using Amazon.Util.Internal;

namespace SageMakerRules.SageMaker.Credentials;

/// <summary>Lets AWSSDK.Core's credential expiry checks read the injected <see cref="TimeProvider"/>.</summary>
internal sealed class AwsClock(TimeProvider timeProvider) : ITimeProvider
{
    public DateTime CorrectedUtcNow => timeProvider.GetUtcNow().UtcDateTime;
}
