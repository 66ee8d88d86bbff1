using SageMakerRules.EndToEnd.Tests.Infrastructure;
using SageMakerRules.LocalPipelines;
using SageMakerRules.LocalPipelines.Configuration;
using SageMakerRules.SageMaker;

namespace SageMakerRules.EndToEnd.Tests;

/// <summary>An endpoint started from a pipelines file, as the command line's <c>local</c> command starts it.</summary>
public sealed class PipelinesFileTests : IDisposable
{
    private const string File = """
        pipelines:
          - name: from-file
            description: Declared in a file
            duration: 1m
            parameters:
              - { name: Mode, type: String, default: retrain }
            steps:
              - { name: Only, type: Training }
        faults:
          DescribePipeline: { throttleNext: 1 }
        faultSeed: 3
        """;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"pipelines-{Guid.NewGuid():N}.yaml");

    public void Dispose() => System.IO.File.Delete(_path);

    [Fact]
    public async Task StartAsync_PipelinesFile_ServesFilePipelinesBesideCodeOnesWithFileFaults()
    {
        await System.IO.File.WriteAllTextAsync(_path, File);
        await using var endpoint = await LocalEndpointFixture.StartAsync(options => options.PipelinesFile = _path);
        var client = endpoint.CreateClient(maxErrorRetry: 0);

        var throttled = await Record.ExceptionAsync(() => DescribeAsync(client));
        var described = await DescribeAsync(client);
        var names = await client
            .ListAllPipelinesAsync(new ListPipelinesRequest())
            .Select(p => p.PipelineName)
            .ToListAsync();

        Assert.IsType<ThrottlingException>(throttled);
        Assert.Equal("Declared in a file", described.PipelineDescription);
        Assert.Contains("from-file", names);
        Assert.Contains(TestPipelines.Retrain, names);
    }

    [Fact]
    public async Task StartAsync_InvalidPipelinesFile_LocatedErrorsAndNoServer()
    {
        await System.IO.File.WriteAllTextAsync(_path, "pipelines:\n  - name: bad_name\n    steps: 3\n");

        var error = await Assert.ThrowsAsync<LocalPipelinesFileException>(() =>
            LocalPipelinesServer.StartAsync(new LocalPipelinesOptions { PipelinesFile = _path })
        );

        Assert.Equal(2, error.Errors.Count);
        Assert.All(error.Errors, e => Assert.StartsWith(_path + "(", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task StartAsync_AccountIdNotTwelveDigits_ArgumentExceptionNamingIt()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            LocalPipelinesServer.StartAsync(new LocalPipelinesOptions { AccountId = "12345" })
        );

        Assert.Contains("AccountId '12345'", error.Message, StringComparison.Ordinal);
    }

    private static Task<DescribePipelineResponse> DescribeAsync(SageMakerPipelinesClient client) =>
        client.DescribePipelineAsync(new DescribePipelineRequest { PipelineName = "from-file" });
}
