using SageMakerRules.Cli.Tests.Infrastructure;

namespace SageMakerRules.Cli.Tests;

public sealed class RunSettingsTests
{
    private static readonly Dictionary<string, string> Federation = new()
    {
        ["AZURE_TENANT_ID"] = "00000000-0000-0000-0000-000000000001",
        ["AZURE_CLIENT_ID"] = "00000000-0000-0000-0000-000000000002",
        ["AZURE_CLIENT_SECRET"] = "a-client-secret-that-must-never-be-printed",
        ["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/sagemaker-rules",
    };

    [Fact]
    public async Task Run_RoleSessionName_IsPassedToTheAgentWhichChecksIt()
    {
        var result = await CliProcess.RunAsync(
            [
                "run",
                "--rules",
                Repository.Example,
                "--events",
                "-",
                "--target",
                "aws",
                "--region",
                "eu-west-1",
                "--auth",
                "azure-ad",
                "--role-session-name",
                "not a session name!",
            ],
            input: "",
            environment: Federation
        );

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(
            "--role-session-name: 'not a session name!' is not a role session name. Use 2 to 64 letters, digits or "
                + "_+=,.@- (no spaces), or leave it empty.",
            result.ErrorLines
        );
        Assert.DoesNotContain("RoleSessionName", result.Error);
        Assert.Contains("sagemaker-rules: the agent could not be set up; see the problems above.", result.ErrorLines);
        Assert.DoesNotContain("a-client-secret-that-must-never-be-printed", result.Output + result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task Run_FolderWithoutRules_OneLineErrorExitTwo()
    {
        using var empty = new TempFolder();

        var result = await CliProcess.RunAsync(["run", "--rules", empty.Path, "--events", "-"], input: "");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"sagemaker-rules: no rules in {empty.Path}: give .yaml or .yml rule files, or folders holding them.",
            Assert.Single(result.ErrorLines)
        );
    }
}
