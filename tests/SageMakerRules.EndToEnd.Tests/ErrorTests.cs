using Amazon.Runtime;
using SageMakerRules.EndToEnd.Tests.Infrastructure;
using SageMakerRules.LocalPipelines.Security;
using SageMakerRules.SageMaker;

namespace SageMakerRules.EndToEnd.Tests;

/// <summary>
/// Every error code the endpoint returns, as the client surfaces it (typed, with status and request id).
/// </summary>
public sealed class ErrorTests : IAsyncLifetime
{
    private LocalEndpointFixture _endpoint = null!;

    private SageMakerPipelinesClient _client = null!;

    public async Task InitializeAsync()
    {
        _endpoint = await LocalEndpointFixture.StartAsync(options => options.MaxConcurrentExecutions = 2);
        _client = _endpoint.CreateClient();
    }

    public async Task DisposeAsync() => await _endpoint.DisposeAsync();

    [Fact]
    public async Task DescribePipeline_Unknown_ResourceNotFound400WithRequestId()
    {
        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            _client.DescribePipelineAsync(new DescribePipelineRequest { PipelineName = "no-such-pipeline" })
        );

        Assert.Equal(("ResourceNotFound", System.Net.HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
        Assert.False(string.IsNullOrEmpty(error.RequestId));
    }

    [Fact]
    public async Task DescribePipelineExecution_Unknown_ResourceNotFound()
    {
        var arn = _endpoint.Server.PipelineArnPrefix + "minimal/execution/abcdefabcdef";

        await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            _client.DescribePipelineExecutionAsync(new DescribePipelineExecutionRequest { PipelineExecutionArn = arn })
        );
    }

    [Fact]
    public async Task StartPipelineExecution_IntegerParameterNotANumber_ValidationNamingIt()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            StartAsync(TestPipelines.Retrain, Tokens.New(), new Parameter("Epochs", "many"))
        );

        Assert.Contains("'Epochs'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPipelineExecution_UndeclaredParameter_Validation()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            StartAsync(TestPipelines.Retrain, Tokens.New(), new Parameter("Colour", "red"))
        );

        Assert.Contains("not declared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPipelineExecution_OverLimit_ResourceLimitExceededNotRetried()
    {
        await StartAsync(TestPipelines.Minimal, Tokens.New());
        await StartAsync(TestPipelines.Minimal, Tokens.New());

        var error = await Assert.ThrowsAsync<ResourceLimitExceededException>(() =>
            StartAsync(TestPipelines.Minimal, Tokens.New())
        );

        Assert.Contains("concurrent pipeline executions", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, await CountExecutionsAsync(TestPipelines.Minimal));
    }

    [Fact]
    public async Task StartPipelineExecution_TokenReusedWithOtherParameters_Conflict()
    {
        var token = Tokens.New();
        await StartAsync(TestPipelines.Retrain, token, new Parameter("AssetId", "pump-1"));

        await Assert.ThrowsAsync<ConflictException>(() =>
            StartAsync(TestPipelines.Retrain, token, new Parameter("AssetId", "pump-2"))
        );
    }

    [Fact]
    public async Task StopPipelineExecution_AlreadySucceeded_Validation()
    {
        var arn = await StartAsync(TestPipelines.Minimal, Tokens.New());
        _endpoint.Clock.Advance(TimeSpan.FromSeconds(31));

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            _client.StopPipelineExecutionAsync(
                new StopPipelineExecutionRequest { PipelineExecutionArn = arn, ClientRequestToken = Tokens.New() }
            )
        );

        Assert.Equal("Only pipelines with 'Executing' status can be stopped", error.Message);
    }

    [Fact]
    public async Task AnyCall_WrongSecret_InvalidSignature403()
    {
        var client = _endpoint.CreateClient(new BasicAWSCredentials(_endpoint.Server.Credential.AccessKeyId, "wrong"));

        var error = await Assert.ThrowsAsync<InvalidSignatureException>(() =>
            client.ListPipelinesAsync(new ListPipelinesRequest())
        );

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Contains("signature we calculated does not match", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnyCall_UnknownAccessKey_UnrecognizedClient()
    {
        var client = _endpoint.CreateClient(new BasicAWSCredentials("AKIANOTKNOWN00000000", "secret"));

        await Assert.ThrowsAsync<UnrecognizedClientException>(() =>
            client.ListPipelinesAsync(new ListPipelinesRequest())
        );
    }

    [Fact]
    public async Task AnyCall_TemporaryCredentialsExpired_ExpiredToken()
    {
        var expiry = _endpoint.Clock.GetUtcNow().AddMinutes(2);
        var issued = _endpoint.Server.Credentials.IssueTemporary(expiry);
        var client = _endpoint.CreateClient(Session(issued));
        await client.ListPipelinesAsync(new ListPipelinesRequest());
        _endpoint.Clock.Advance(TimeSpan.FromMinutes(3));

        await Assert.ThrowsAsync<ExpiredTokenException>(() => client.ListPipelinesAsync(new ListPipelinesRequest()));
    }

    private static SessionAWSCredentials Session(LocalCredential credential) =>
        new(credential.AccessKeyId, credential.SecretAccessKey, credential.SessionToken);

    private async Task<string> StartAsync(string pipeline, string token, params Parameter[] parameters) =>
        (
            await _client.StartPipelineExecutionAsync(
                new StartPipelineExecutionRequest
                {
                    PipelineName = pipeline,
                    PipelineParameters = parameters,
                    ClientRequestToken = token,
                }
            )
        ).PipelineExecutionArn!;

    private async Task<int> CountExecutionsAsync(string pipeline) =>
        (await _client.ListPipelineExecutionsAsync(new ListPipelineExecutionsRequest { PipelineName = pipeline }))
            .PipelineExecutionSummaries
            .Count;
}
