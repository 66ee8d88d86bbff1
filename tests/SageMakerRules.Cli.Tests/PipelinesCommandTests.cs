using SageMakerRules.Cli.Tests.Infrastructure;

namespace SageMakerRules.Cli.Tests;

public sealed class PipelinesCommandTests
{
    private static readonly string PipelinesFile = Path.Combine(Repository.Example, "pipelines.yaml");

    [Fact]
    public async Task PipelinesList_LocalTargetWithPipelinesFile_ListsEveryPipeline()
    {
        var result = await CliProcess.RunAsync(["pipelines", "list", "--pipelines", PipelinesFile]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("NAME", result.OutputLines[0]);
        Assert.Contains(result.OutputLines, line => line.StartsWith("pump-anomaly-retrain ", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("pump-batch-scoring ", StringComparison.Ordinal));
        Assert.Contains("Using a local SageMaker endpoint at http://127.0.0.1:", result.Error);
    }

    [Fact]
    public async Task PipelinesDescribe_DeclaredPipeline_ShowsParametersFromDefinition()
    {
        var result = await CliProcess.RunAsync(
            ["pipelines", "describe", "pump-anomaly-retrain", "--pipelines", PipelinesFile]
        );

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(
            result.OutputLines,
            line => line.StartsWith("TrainingWindowDays") && line.Contains("Integer") && line.EndsWith("14")
        );
        Assert.Contains(result.OutputLines, line => line.StartsWith("AssetId") && line.EndsWith("(required)"));
    }

    [Fact]
    public async Task PipelinesDescribe_UnknownPipeline_OneLineErrorExitOne()
    {
        var result = await CliProcess.RunAsync(
            ["pipelines", "describe", "no-such-pipeline", "--pipelines", PipelinesFile]
        );

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.ErrorLines, line => line.StartsWith("sagemaker-rules:"));
        Assert.Contains("ResourceNotFound", error);
        Assert.Contains("no-such-pipeline", error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task PipelinesExecutions_NoExecutions_SaysSo()
    {
        var result = await CliProcess.RunAsync(
            ["pipelines", "executions", "pump-batch-scoring", "--pipelines", PipelinesFile]
        );

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("(no executions)", Assert.Single(result.OutputLines));
    }

    [Fact]
    public async Task PipelinesList_UnreachableEndpoint_OneLineErrorWithoutSecrets()
    {
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIAUNREACHABLE00001",
            ["AWS_SECRET_ACCESS_KEY"] = "unreachable-secret-value-never-printed",
        };

        var result = await CliProcess.RunAsync(
            [
                "pipelines",
                "list",
                "--target",
                "aws",
                "--region",
                "eu-west-1",
                "--auth",
                "access-key",
                "--endpoint-url",
                $"http://127.0.0.1:{FreePort.Find()}",
            ],
            environment: environment
        );

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("could not be reached", Assert.Single(result.ErrorLines));
        Assert.DoesNotContain("unreachable-secret-value-never-printed", result.Output + result.Error);
    }

    [Fact]
    public async Task PipelinesList_RejectedCredentials_OneLineErrorWithoutTheSecret()
    {
        var port = FreePort.Find();
        using var local = CliProcess.Start(["local", "--port", port.ToString(), "--pipelines", PipelinesFile]);
        await RunCommandTests.WaitUntilListeningAsync(port);
        var environment = new Dictionary<string, string>
        {
            ["AWS_ACCESS_KEY_ID"] = "AKIALOCALDEVELOPMENT",
            ["AWS_SECRET_ACCESS_KEY"] = "a-wrong-secret-that-must-never-be-printed",
        };

        var result = await CliProcess.RunAsync(
            [
                "pipelines",
                "list",
                "--target",
                "aws",
                "--region",
                "us-east-1",
                "--auth",
                "access-key",
                "--endpoint-url",
                $"http://127.0.0.1:{port}",
            ],
            environment: environment
        );

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.ErrorLines);
        Assert.StartsWith("sagemaker-rules: SageMaker answered InvalidSignatureException", error);
        Assert.EndsWith(
            "Check AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys), and that "
                + "this machine's clock is correct.",
            error
        );
        Assert.DoesNotContain("a-wrong-secret-that-must-never-be-printed", result.Output + result.Error);
        local.Interrupt();
        await local.WaitAsync();
    }

    [Fact]
    public async Task PipelinesList_AwsWithoutRegion_AsksForRegion()
    {
        var result = await CliProcess.RunAsync(["pipelines", "list", "--target", "aws"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "sagemaker-rules: no AWS region: pass --region or set AWS_REGION.",
            Assert.Single(result.ErrorLines)
        );
    }
}
