using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Testing;
using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Settings;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.Tests.Execution;

public sealed class CredentialRetryTests
{
    private static readonly TestRule Rule = new("PumpRetrain", "pump-retrain");

    private static readonly SettingNames CommandLine = SettingNames.Host(key =>
        key switch
        {
            SettingKeys.AzureAuthorityHost => "AZURE_AUTHORITY_HOST",
            SettingKeys.AuthenticationMethod => "--auth",
            _ => null,
        }
    );

    [Fact]
    public async Task HandleAsync_AzureAdUnreachableOnce_RetriesWithTheSameTokenAndStartsOnce()
    {
        var logger = new FakeLogger();
        await using var harness = await RunnerHarness.StartAsync([Rule], logger: logger);
        harness.Fake.FailNextStarts(CredentialFailures.AzureAdUnreachable());

        var result = await StartWhileAdvancingAsync(harness);

        Assert.Equal(TriggerResultKind.Started, result.Kind);
        Assert.Equal(harness.Fake.Executions.Single().Arn, result.ExecutionArn);
        Assert.Equal(2, harness.Fake.Calls("StartPipelineExecution"));
        Assert.Single(harness.Fake.StartRequests.Select(request => request.ClientRequestToken).Distinct());
        var retry = Assert.Single(logger.Collector.GetSnapshot(), record => record.Id.Id == 2001);
        Assert.StartsWith(
            "Start of pipeline pump-retrain for rule PumpRetrain failed with CredentialsUnavailable (attempt 1); "
                + "retrying in",
            retry.Message,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task HandleAsync_StsUnavailableUntilTheAttemptsRunOut_FailsOnceSayingCredentialsCouldNotBeHad()
    {
        var options = new PipelineRunnerOptions { Retry = new StartRetryOptions { MaxAttempts = 3 } };
        await using var harness = await RunnerHarness.StartAsync([Rule], options);
        using var failed = new MetricCollector<long>(harness.Metrics.Meter, "sagemakerrules.agent.starts.failed");
        harness.Fake.FailNextStarts(
            CredentialFailures.StsUnavailable(),
            CredentialFailures.StsUnavailable(),
            CredentialFailures.StsUnavailable()
        );

        var result = await StartWhileAdvancingAsync(harness);

        Assert.Equal(TriggerResultKind.Failed, result.Kind);
        Assert.Equal("ServiceUnavailable", result.ErrorCode);
        Assert.Equal(
            "The agent could not get AWS credentials to start pipeline 'pump-retrain' for rule 'PumpRetrain': 3 "
                + "attempt(s) failed, the last with ServiceUnavailable; the agent gave up. "
                + CredentialFailures.StsUnavailableMessage
                + " Check the agent's authentication settings.",
            result.ErrorMessage
        );
        Assert.Equal(3, harness.Fake.Calls("StartPipelineExecution"));
        Assert.Empty(harness.Fake.Executions);
        Assert.Equal(0, harness.Runner.InFlightCount);
        var measurement = Assert.Single(failed.GetMeasurementSnapshot());
        Assert.Equal("ServiceUnavailable", measurement.Tags["code"]);
    }

    [Fact]
    public async Task HandleAsync_AzureAdUnreachableUntilGiveUpWithHostNames_MessageNamesTheHostsOption()
    {
        var options = new PipelineRunnerOptions
        {
            Retry = new StartRetryOptions { MaxAttempts = 2 },
            SettingNames = CommandLine,
        };
        await using var harness = await RunnerHarness.StartAsync([Rule], options);
        harness.Fake.FailNextStarts(CredentialFailures.AzureAdUnreachable(), CredentialFailures.AzureAdUnreachable());

        var result = await StartWhileAdvancingAsync(harness);

        Assert.Equal("CredentialsUnavailable", result.ErrorCode);
        Assert.StartsWith(
            "The agent could not get AWS credentials to start pipeline 'pump-retrain' for rule 'PumpRetrain': 2 "
                + "attempt(s) failed, the last with CredentialsUnavailable; the agent gave up. Azure AD at ",
            result.ErrorMessage,
            StringComparison.Ordinal
        );
        Assert.EndsWith(
            "Check network access to it, and AZURE_AUTHORITY_HOST for a sovereign cloud. The next request tries "
                + "again. Check AZURE_AUTHORITY_HOST.",
            result.ErrorMessage,
            StringComparison.Ordinal
        );
        Assert.DoesNotContain("throttling", result.ErrorMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("RejectedSecret", "AADSTS7000215")]
    [InlineData("RoleNotTrusted", "AccessDenied")]
    public async Task HandleAsync_NonTransientCredentialFailure_FailsAtOnceWithoutRetry(string failure, string code)
    {
        await using var harness = await RunnerHarness.StartAsync([Rule]);
        var before = harness.Clock.GetUtcNow();
        harness.Fake.FailNextStarts(NonTransient(failure));

        // The clock stays still: a retry would wait for it forever, and the hang guard would fail the test.
        var pending = harness.MatchAsync(Rule, "pump-7", "evt-1").AsTask();
        await Eventually.HoldsAsync(() => pending.IsCompleted);
        var result = await pending;

        Assert.Equal(TriggerResultKind.Failed, result.Kind);
        Assert.Equal(code, result.ErrorCode);
        Assert.StartsWith(
            $"The agent could not get AWS credentials to start pipeline 'pump-retrain' for rule 'PumpRetrain' "
                + $"({code}): ",
            result.ErrorMessage,
            StringComparison.Ordinal
        );
        Assert.Equal(1, harness.Fake.Calls("StartPipelineExecution"));
        Assert.Equal(before, harness.Clock.GetUtcNow());
        Assert.Equal(0, harness.Runner.InFlightCount);
    }

    private static CredentialsException NonTransient(string failure) =>
        failure switch
        {
            "RejectedSecret" => CredentialFailures.RejectedSecret(),
            "RoleNotTrusted" => CredentialFailures.RoleNotTrusted(),
            _ => throw new ArgumentOutOfRangeException(nameof(failure), failure, "No such credential failure."),
        };

    private static async Task<TriggerResult> StartWhileAdvancingAsync(RunnerHarness harness)
    {
        var pending = harness.MatchAsync(Rule, "pump-7", "evt-1").AsTask();
        await harness.AdvanceUntilAsync(() => pending.IsCompleted, TimeSpan.FromSeconds(1));
        return await pending;
    }
}
