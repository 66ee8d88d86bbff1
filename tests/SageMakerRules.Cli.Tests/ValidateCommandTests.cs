using SageMakerRules.Cli.Tests.Infrastructure;

namespace SageMakerRules.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_Example_ExitsZeroAndCountsRules()
    {
        var result = await CliProcess.RunAsync(["validate", Repository.Example]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("3 rule(s) valid.", result.Error);
    }

    [Fact]
    public async Task Validate_RuleWithErrors_PrintsLocatedDiagnosticsAndExitsOne()
    {
        using var folder = new TempFolder();
        var path = folder.Write(
            "broken.yaml",
            """
            version: 1
            name: Broken
            pipeline:
              name: pump-retrain
            event:
              vibration: double
            when: vibration > 'high'
            """
        );

        var result = await CliProcess.RunAsync(["validate", folder.Path]);

        Assert.Equal(1, result.ExitCode);
        var diagnostic = Assert.Single(result.OutputLines);
        Assert.Matches(@"^.*broken\.yaml\(7,\d+\): error SMR\d{3}: .+$", diagnostic);
        Assert.StartsWith(path, diagnostic);
    }

    [Fact]
    public async Task Validate_MissingFile_PrintsOneLineWithoutStackTraceAndExitsTwo()
    {
        var result = await CliProcess.RunAsync(["validate", "no-such-rules.yaml"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "sagemaker-rules: rule file or folder not found: no-such-rules.yaml",
            Assert.Single(result.ErrorLines)
        );
    }

    [Fact]
    public async Task Validate_NoArguments_ReportsUsageAndExitsTwo()
    {
        var result = await CliProcess.RunAsync(["validate"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--help", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}
