using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Monitoring;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Tests.Execution;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Tests.Monitoring;

/// <summary>
/// The monitor when AWS credentials cannot be had for its list and describe calls (Azure AD or STS down, a rejected
/// secret): it logs what to fix through the host's setting names and polls again at the next interval.
/// </summary>
public sealed class MonitorCredentialsTests : IAsyncDisposable
{
    private const string Pipeline = "pump-retrain";

    private static readonly SettingNames CommandLine = SettingNames.Host(key =>
        key switch
        {
            SettingKeys.AzureAuthorityHost => "AZURE_AUTHORITY_HOST",
            SettingKeys.AzureClientSecret => "--azure-client-secret (or AZURE_CLIENT_SECRET)",
            _ => null,
        }
    );

    private readonly FakeTimeProvider _clock = new(RunnerHarness.Start);
    private readonly FakeLogger _logger = new();
    private readonly FakePipelinesClient _sageMaker;
    private readonly ExecutionMonitor _monitor;
    private readonly List<ExecutionEnd> _ended = [];

    public MonitorCredentialsTests()
    {
        _sageMaker = new FakePipelinesClient(_clock);
        _monitor = new ExecutionMonitor(_sageMaker, _clock, _logger, CommandLine, OnEndedAsync);
    }

    [Fact]
    public async Task RefreshDueAsync_AzureAdUnreachable_LogsTheHostsSettingAndPollsAgainAtTheNextInterval()
    {
        var arn = Watch();
        _sageMaker.FailNextLists(CredentialFailures.AzureAdUnreachable());

        _clock.Advance(MonitorOptions.Default.PollInterval);
        await _monitor.RefreshDueAsync(CancellationToken.None);
        await _monitor.RefreshDueAsync(CancellationToken.None);

        Assert.Equal(1, _sageMaker.Calls("ListPipelineExecutions"));
        Assert.Equal(0, _sageMaker.Calls("DescribePipelineExecution"));
        var logged = Assert.Single(_logger.Collector.GetSnapshot(), record => record.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.StartsWith(
            "Refreshing executions of pipeline pump-retrain could not get AWS credentials (CredentialsUnavailable, "
                + "transient: True); the next poll tries again. Azure AD at ",
            logged.Message,
            StringComparison.Ordinal
        );
        Assert.EndsWith("Check AZURE_AUTHORITY_HOST.", logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AzureAd.AuthorityHost", logged.Message, StringComparison.Ordinal);

        _sageMaker.SetStatus(arn, PipelineExecutionStatus.Succeeded);
        _clock.Advance(MonitorOptions.Default.PollInterval);
        await _monitor.RefreshDueAsync(CancellationToken.None);

        Assert.Equal(CompletionStatus.Succeeded, Assert.Single(_ended).Status);
    }

    [Fact]
    public async Task RefreshDueAsync_SecretRejectedOnDescribe_IsLoggedAsCredentialsNotAsAnEndedExecution()
    {
        Watch();
        for (var i = 0; i < 250; i++)
        {
            _sageMaker.AddExecution(Pipeline, $"someone-else-{i}", PipelineExecutionStatus.Executing);
        }

        // The two list pages miss our execution, so it is described, and that call cannot get credentials.
        _sageMaker.FailNextDescribes(CredentialFailures.RejectedSecret());
        _clock.Advance(MonitorOptions.Default.PollInterval);
        await _monitor.RefreshDueAsync(CancellationToken.None);

        Assert.Equal(1, _sageMaker.Calls("DescribePipelineExecution"));
        Assert.Empty(_ended);
        Assert.Equal(1, _monitor.Count);
        var logged = Assert.Single(_logger.Collector.GetSnapshot(), record => record.Id.Id == 2012);
        Assert.Contains("(AADSTS7000215, transient: False)", logged.Message, StringComparison.Ordinal);
        Assert.EndsWith("Check --azure-client-secret (or AZURE_CLIENT_SECRET).", logged.Message);
    }

    [Fact]
    public async Task Loop_CredentialsUnavailable_WaitsForTheNextPollAndKeepsWatching()
    {
        var arn = Watch();
        _sageMaker.FailNextLists(CredentialFailures.AzureAdUnreachable());
        _monitor.Start(CancellationToken.None);

        // Round 1 takes the wake-up of Watch; round 2 waits for the poll; round 3 begins after the failed poll.
        await Eventually.HoldsAsync(() => _monitor.Rounds >= 2);
        _clock.Advance(MonitorOptions.Default.PollInterval);
        await Eventually.HoldsAsync(() => _monitor.Rounds >= 3);

        Assert.Equal(1, _sageMaker.Calls("ListPipelineExecutions"));
        Assert.DoesNotContain(_logger.Collector.GetSnapshot(), record => record.Level == LogLevel.Error);

        _sageMaker.SetStatus(arn, PipelineExecutionStatus.Succeeded);
        _clock.Advance(MonitorOptions.Default.PollInterval);
        await Eventually.HoldsAsync(() => _monitor.Count == 0);

        Assert.Equal(2, _sageMaker.Calls("ListPipelineExecutions"));
    }

    public async ValueTask DisposeAsync() => await _monitor.DisposeAsync();

    private string Watch() => WatchedExecutions.Add(_monitor, _sageMaker, _clock, Pipeline, 1).ExecutionArn!;

    private Task OnEndedAsync(PendingTrigger pending, ExecutionEnd end)
    {
        _ended.Add(end);
        return Task.CompletedTask;
    }
}
