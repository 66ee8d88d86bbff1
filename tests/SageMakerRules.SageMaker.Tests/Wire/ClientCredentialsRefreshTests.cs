using Amazon.Runtime;

namespace SageMakerRules.SageMaker.Tests.Wire;

public sealed class ClientCredentialsRefreshTests
{
    private static readonly StartPipelineExecutionRequest Start = new()
    {
        PipelineName = "p",
        ClientRequestToken = "0123456789abcdef0123456789abcdef",
    };

    private static CannedResponse Expired() =>
        new(
            400,
            """{"__type":"ExpiredTokenException","message":"The security token included in the request is expired"}"""
        );

    [Fact]
    public async Task StartPipelineExecutionAsync_ExpiredTokenWithRefreshingCredentials_RefreshesAndResendsOnce()
    {
        await using var server = await RecordingServer.StartAsync(
            Expired(),
            new CannedResponse(200, """{"PipelineExecutionArn":"arn"}""")
        );
        using var credentials = new CountingCredentials();
        using var client = ClientFactory.Create(server, credentials: credentials);

        var response = await client.StartPipelineExecutionAsync(Start);

        Assert.Equal("arn", response.PipelineExecutionArn);
        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(requests[0].Body, requests[1].Body);
        Assert.Equal(2, credentials.Generated);
        Assert.Equal("session-1", requests[0].Header("x-amz-security-token"));
        Assert.Equal("session-2", requests[1].Header("x-amz-security-token"));
    }

    [Fact]
    public async Task StartPipelineExecutionAsync_ExpiredAgainAfterRefresh_ThrowsExpiredToken()
    {
        await using var server = await RecordingServer.StartAsync(Expired());
        using var credentials = new CountingCredentials();
        using var client = ClientFactory.Create(server, credentials: credentials);

        await Assert.ThrowsAsync<ExpiredTokenException>(() => client.StartPipelineExecutionAsync(Start));

        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task StartPipelineExecutionAsync_ExpiredTokenWithStaticCredentials_ThrowsWithoutResending()
    {
        await using var server = await RecordingServer.StartAsync(Expired());
        using var client = ClientFactory.Create(
            server,
            credentials: new SessionAWSCredentials("ASIAEXAMPLEKEY000001", "secret", "token")
        );

        await Assert.ThrowsAsync<ExpiredTokenException>(() => client.StartPipelineExecutionAsync(Start));

        Assert.Single(server.Requests);
    }

    private sealed class CountingCredentials : RefreshingAWSCredentials
    {
        public int Generated { get; private set; }

        protected override CredentialsRefreshState GenerateNewCredentials()
        {
            Generated++;
            return new CredentialsRefreshState(
                new ImmutableCredentials("ASIAEXAMPLEKEY000001", "secret", $"session-{Generated}"),
                DateTime.UtcNow.AddHours(1)
            );
        }
    }
}
