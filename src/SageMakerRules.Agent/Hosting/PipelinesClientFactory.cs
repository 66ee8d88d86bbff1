using Microsoft.Extensions.Logging;
using SageMakerRules.Agent.Settings;
using SageMakerRules.SageMaker;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.Hosting;

/// <summary>Builds the SageMaker client from the connection settings (credentials through the factory).</summary>
internal sealed class PipelinesClientFactory(TimeProvider timeProvider, ILogger logger)
{
    /// <summary>Creates a client; throws <see cref="CredentialsException"/> for unusable credentials.</summary>
    public SageMakerPipelinesClient Create(ConnectionSettings connection)
    {
        var credentials = new CredentialsFactory(timeProvider).Create(connection.Credentials);
        var config = SageMakerPipelinesConfig.For(connection.Region, connection.EndpointUrl?.ToString());

        return new SageMakerPipelinesClient(credentials, config, logger, timeProvider);
    }
}
