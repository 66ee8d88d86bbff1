using System.Text.Json;
using SageMakerRules.EndToEnd.Tests.Infrastructure;
using SageMakerRules.SageMaker;

namespace SageMakerRules.EndToEnd.Tests;

/// <summary>
/// The wire protocol itself: CreatePipeline, error bodies and headers, signing edge cases, STS routing.
/// </summary>
public sealed class ProtocolTests : IAsyncLifetime
{
    private LocalEndpointFixture _endpoint = null!;

    private RawSageMakerCaller _raw = null!;

    public async Task InitializeAsync()
    {
        _endpoint = await LocalEndpointFixture.StartAsync();
        _raw = new RawSageMakerCaller(_endpoint);
    }

    public async Task DisposeAsync() => await _endpoint.DisposeAsync();

    [Fact]
    public async Task CreatePipeline_ApiShape_DescribableAndStartableWithDeclaredParameters()
    {
        var created = await _raw.PostAsync("CreatePipeline", CreateBody("created-by-api", Tokens.New()));
        var client = _endpoint.CreateClient();

        var described = await client.DescribePipelineAsync(
            new DescribePipelineRequest { PipelineName = "created-by-api" }
        );
        var start = await client.StartPipelineExecutionAsync(
            new StartPipelineExecutionRequest
            {
                PipelineName = "created-by-api",
                PipelineParameters = [new Parameter("Threshold", "7.5")],
                ClientRequestToken = Tokens.New(),
            }
        );

        Assert.Equal(200, created.Status);
        Assert.Equal(
            _endpoint.Server.PipelineArnPrefix + "created-by-api",
            created.Json.GetProperty("PipelineArn").GetString()
        );
        Assert.Equal(
            ["Threshold:Float:7.1"],
            PipelineDefinition.Parse(described.PipelineDefinition!).Select(p => $"{p.Name}:{p.Type}:{p.DefaultValue}")
        );
        Assert.Equal("arn:aws:iam::000000000000:role/Pipelines", described.RoleArn);
        Assert.NotNull(start.PipelineExecutionArn);
    }

    [Fact]
    public async Task CreatePipeline_SameTokenTwice_SameArn()
    {
        var token = Tokens.New();

        var first = await _raw.PostAsync("CreatePipeline", CreateBody("twice", token));
        var second = await _raw.PostAsync("CreatePipeline", CreateBody("twice", token));

        Assert.Equal((200, 200), (first.Status, second.Status));
    }

    [Fact]
    public async Task CreatePipeline_NameTakenOtherToken_ValidationException()
    {
        var response = await _raw.PostAsync("CreatePipeline", CreateBody(TestPipelines.Minimal, Tokens.New()));

        Assert.Equal((400, "ValidationException"), (response.Status, response.ErrorCode));
        Assert.Contains("already exists", response.Json.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErrorResponse_UnknownPipeline_AwsJsonShapeWithRequestId()
    {
        var response = await _raw.PostAsync("DescribePipeline", """{"PipelineName":"nope"}""");

        Assert.Equal(400, response.Status);
        Assert.Equal("application/x-amz-json-1.1", response.ContentType);
        Assert.False(string.IsNullOrEmpty(response.RequestId));
        Assert.Equal("ResourceNotFound", response.ErrorCode);
        Assert.Equal(JsonValueKind.String, response.Json.GetProperty("message").ValueKind);
    }

    [Fact]
    public async Task UnknownOperation_DeletePipeline_UnknownOperationException()
    {
        var response = await _raw.PostAsync("DeletePipeline", """{"PipelineName":"minimal"}""");

        Assert.Equal((400, "UnknownOperationException"), (response.Status, response.ErrorCode));
    }

    [Fact]
    public async Task MalformedJson_SerializationException()
    {
        var response = await _raw.PostAsync("ListPipelines", "{not json");

        Assert.Equal((400, "SerializationException"), (response.Status, response.ErrorCode));
    }

    [Fact]
    public async Task StartPipelineExecution_ShortToken_ValidationNamingTheMember()
    {
        var response = await _raw.PostAsync(
            "StartPipelineExecution",
            """{"PipelineName":"minimal","ClientRequestToken":"too-short"}"""
        );

        Assert.Equal((400, "ValidationException"), (response.Status, response.ErrorCode));
        Assert.Equal(
            "1 validation error detected: Value 'too-short' at 'clientRequestToken' failed to satisfy constraint: "
                + "Member must have length greater than or equal to 32",
            response.Json.GetProperty("message").GetString()
        );
    }

    [Fact]
    public async Task SignedSixMinutesBeforeEndpointClock_SignatureExpired403()
    {
        var signedAt = _endpoint.Clock.GetUtcNow().UtcDateTime - TimeSpan.FromMinutes(6);

        var response = await _raw.PostAsync("ListPipelines", "{}", signedAt: signedAt);

        Assert.Equal((403, "InvalidSignatureException"), (response.Status, response.ErrorCode));
        Assert.StartsWith(
            "Signature expired:",
            response.Json.GetProperty("message").GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Unsigned_MissingAuthenticationToken403()
    {
        var response = await _raw.PostUnsignedAsync("ListPipelines", "{}");

        Assert.Equal((403, "MissingAuthenticationTokenException"), (response.Status, response.ErrorCode));
    }

    [Fact]
    public async Task FormEncodedOtherAction_StsXmlInvalidAction()
    {
        var response = await _raw.PostFormAsync([new("Action", "GetCallerIdentity"), new("Version", "2011-06-15")]);

        Assert.Equal(400, response.Status);
        Assert.Contains("<Code>InvalidAction</Code>", response.Body, StringComparison.Ordinal);
    }

    private static string CreateBody(string name, string token) =>
        JsonSerializer.Serialize(
            new Dictionary<string, object>
            {
                ["PipelineName"] = name,
                ["ClientRequestToken"] = token,
                ["RoleArn"] = "arn:aws:iam::000000000000:role/Pipelines",
                ["PipelineDefinition"] = """
                {"Version":"2020-12-01","Parameters":[{"Name":"Threshold","Type":"Float","DefaultValue":7.1}],
                 "Steps":[{"Name":"Score","Type":"Processing","Arguments":{}}]}
                """,
            }
        );
}
