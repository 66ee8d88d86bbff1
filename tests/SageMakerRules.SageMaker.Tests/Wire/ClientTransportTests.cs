using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;

namespace SageMakerRules.SageMaker.Tests.Wire;

public sealed class ClientTransportTests
{
    [Fact]
    public async Task ListPipelinesAsync_NothingListening_ThrowsTransportExceptionUnwrapped()
    {
        var config = SageMakerPipelinesConfig.For("eu-west-1", $"http://127.0.0.1:{ClosedPort()}");
        config.MaxErrorRetry = 0;
        config.MaxStaleConnectionRetries = 0;
        config.EnvironmentLookup = _ => null;
        using var client = new SageMakerPipelinesClient(new BasicAWSCredentials("AKIDEXAMPLE", "secret"), config);

        var exception = await Assert.ThrowsAnyAsync<Exception>(() => client.ListPipelinesAsync(new()));

        Assert.IsNotAssignableFrom<AmazonServiceException>(exception);
        Assert.True(
            exception is HttpRequestException or IOException or SocketException,
            $"unexpected {exception.GetType()}"
        );
    }

    [Fact]
    public async Task ListPipelinesAsync_CancelledToken_ThrowsOperationCanceled()
    {
        await using var server = await RecordingServer.StartAsync(new CannedResponse(200, "{}"));
        using var client = ClientFactory.Create(server);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.ListPipelinesAsync(new(), cancellation.Token)
        );
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
