using SageMakerRules.Cli.Tests.Infrastructure;

namespace SageMakerRules.Cli.Tests;

/// <summary>
/// Credential problems name what a user of the command line sets (options and environment variables), not the
/// credentials library's options or the agent's settings, and never hold the secret.
/// </summary>
public sealed class CredentialMessageTests(AzureAdServer azureAd) : IClassFixture<AzureAdServer>
{
    private const string WrongSecret = "a-wrong-client-secret-that-must-never-be-printed";

    private const string SecretAdvice = "Check --azure-client-secret (or AZURE_CLIENT_SECRET).";

    [Fact]
    public async Task PipelinesList_AzureAdRejectsTheClientSecret_NamesTheOptionAndVariable()
    {
        var result = await CliProcess.RunAsync(
            ["pipelines", "list", .. AwsTarget("us-east-1")],
            environment: Federation()
        );

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.ErrorLines);
        Assert.StartsWith("sagemaker-rules: could not get AWS credentials: Azure AD rejected the client secret", error);
        Assert.Contains("set --azure-client-secret (or AZURE_CLIENT_SECRET) to its Value", error);
        Assert.EndsWith(SecretAdvice, error);
        AssertNamesNoLibraryOrAgentSetting(result);
    }

    [Fact]
    public async Task Run_AzureAdRejectsTheClientSecret_ErrorRecordsNameTheOptionAndVariable()
    {
        var events = File.ReadLines(Path.Combine(Repository.Example, "events.jsonl")).Take(20);

        var result = await CliProcess.RunAsync(
            ["run", "--rules", Repository.Example, "--events", "-", "--quiet", .. AwsTarget("eu-west-1")],
            input: string.Join('\n', events) + "\n",
            environment: Federation()
        );

        Assert.Equal(1, result.ExitCode);
        var records = result.ErrorLines.Where(line => line.Contains("AADSTS", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(records);
        Assert.All(records, record => Assert.Contains("could not get AWS credentials to start pipeline", record));
        Assert.All(records, record => Assert.Contains(SecretAdvice, record));
        AssertNamesNoLibraryOrAgentSetting(result);
    }

    private static string[] AwsTarget(string region) =>
        ["--target", "aws", "--region", region, "--auth", "azure-ad", "--endpoint-url", "http://127.0.0.1:9"];

    private Dictionary<string, string> Federation() =>
        new(azureAd.ChildEnvironment)
        {
            ["AZURE_TENANT_ID"] = AzureAdServer.TenantId,
            ["AZURE_CLIENT_ID"] = AzureAdServer.ClientId,
            ["AZURE_CLIENT_SECRET"] = WrongSecret,
            ["AWS_ROLE_ARN"] = "arn:aws:iam::123456789012:role/sagemaker-rules",
        };

    private static void AssertNamesNoLibraryOrAgentSetting(CliResult result)
    {
        var text = result.Output + result.Error;
        Assert.DoesNotContain("AzureAd.ClientSecret", text);
        Assert.DoesNotContain("AzureClientSecret", text);
        Assert.DoesNotContain("agent's settings", text);
        Assert.DoesNotContain(WrongSecret, text);
    }
}
