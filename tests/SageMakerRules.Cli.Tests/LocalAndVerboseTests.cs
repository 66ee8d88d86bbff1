using SageMakerRules.Cli.Tests.Infrastructure;

namespace SageMakerRules.Cli.Tests;

public sealed class LocalAndVerboseTests
{
    [Fact]
    public async Task Local_WithPort_PrintsItsAddressAndStopsCleanlyOnCtrlC()
    {
        var port = FreePort.Find();
        using var local = CliProcess.Start(["local", "--port", port.ToString()]);
        await local.WaitForOutputAsync("listening on");
        await RunCommandTests.WaitUntilListeningAsync(port);

        local.Interrupt();
        var result = await local.WaitAsync();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"Local SageMaker endpoint listening on http://127.0.0.1:{port}/", result.OutputLines[0]);
        Assert.Contains("Local SageMaker endpoint stopped.", result.ErrorLines);
    }

    [Fact]
    public async Task Validate_MissingFileWithVerbose_AddsTheStackTrace()
    {
        var result = await CliProcess.RunAsync(["validate", "no-such-rules.yaml", "--verbose"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("sagemaker-rules: rule file or folder not found: no-such-rules.yaml", result.ErrorLines[0]);
        Assert.Contains("   at ", result.Error);
    }
}
