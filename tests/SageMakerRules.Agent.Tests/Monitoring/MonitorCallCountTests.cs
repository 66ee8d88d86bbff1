using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Monitoring;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Tests.Execution;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Tests.Monitoring;

public sealed class MonitorCallCountTests : IAsyncDisposable
{
    private const string Pipeline = "pump-retrain";
    private readonly FakeTimeProvider _clock = new(RunnerHarness.Start);
    private readonly FakePipelinesClient _sageMaker;
    private readonly ExecutionMonitor _monitor;
    private readonly List<(PendingTrigger Pending, ExecutionEnd End)> _ended = [];
    private readonly FakeLogger _logger = new();

    public MonitorCallCountTests()
    {
        _sageMaker = new FakePipelinesClient(_clock);
        _monitor = new ExecutionMonitor(_sageMaker, _clock, _logger, SettingNames.Agent, OnEndedAsync);
    }

    [Fact]
    public async Task RefreshDueAsync_ThousandExecutionsAt30Seconds_CostsAtMostOneCallPerSecond()
    {
        WatchNew(1000);
        var before = _sageMaker.TotalCalls;

        var seconds = await RunForAsync(TimeSpan.FromMinutes(10));

        var calls = _sageMaker.TotalCalls - before;
        Assert.True(calls <= seconds, $"{calls} calls in {seconds} s is more than one call per second.");
        Assert.Equal(20 * 10, _sageMaker.Calls("ListPipelineExecutions"));
        Assert.Equal(0, _sageMaker.Calls("DescribePipelineExecution"));
        Assert.Equal(1000, _monitor.Count);
    }

    [Fact]
    public async Task RefreshDueAsync_ExecutionsEnd_ReportsEachOnceAndNamesFailedSteps()
    {
        var watched = WatchNew(1000);
        for (var i = 0; i < 100; i++)
        {
            _sageMaker.SetStatus(watched[i].ExecutionArn!, PipelineExecutionStatus.Succeeded);
        }

        for (var i = 100; i < 110; i++)
        {
            _sageMaker.SetStatus(watched[i].ExecutionArn!, PipelineExecutionStatus.Failed, "OOM", "Train");
        }

        await RunForAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(110, _ended.Count);
        Assert.Equal(110, _ended.Select(e => e.Pending.ExecutionArn).Distinct().Count());
        Assert.All(
            _ended.Where(e => e.End.Status == CompletionStatus.Failed),
            e => Assert.Equal(("Train", "OOM"), (e.End.FailedStep, e.End.FailureReason))
        );
        Assert.Equal(10, _sageMaker.Calls("ListPipelineExecutionSteps"));
        Assert.Equal(890, _monitor.Count);
    }

    [Fact]
    public async Task RefreshDueAsync_ExecutionsBeyondTheListedPages_AreDescribed()
    {
        WatchNew(3);
        for (var i = 0; i < 250; i++)
        {
            _sageMaker.AddExecution(Pipeline, $"someone-else-{i}", PipelineExecutionStatus.Executing);
        }

        await RunForAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, _sageMaker.Calls("ListPipelineExecutions"));
        Assert.Equal(3, _sageMaker.Calls("DescribePipelineExecution"));
    }

    [Fact]
    public async Task RefreshDueAsync_TwoPipelines_ListsEachSeparately()
    {
        WatchNew(2);
        WatchNew(2, "other-pipeline");

        await RunForAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, _sageMaker.Calls("ListPipelineExecutions"));
        Assert.Equal(0, _sageMaker.Calls("DescribePipelineExecution"));
    }

    [Fact]
    public async Task RefreshDueAsync_ConnectionBrokenDuringTheList_CostsOneCallUntilTheNextPoll()
    {
        WatchNew(1);
        _sageMaker.FailNextLists(new HttpRequestException("The connection was reset."));
        _clock.Advance(MonitorOptions.Default.PollInterval);

        await _monitor.RefreshDueAsync(CancellationToken.None);
        await _monitor.RefreshDueAsync(CancellationToken.None);
        var beforeTheNextPoll = _sageMaker.Calls("ListPipelineExecutions");
        _clock.Advance(MonitorOptions.Default.PollInterval);
        await _monitor.RefreshDueAsync(CancellationToken.None);

        Assert.Equal(1, beforeTheNextPoll);
        Assert.Equal(2, _sageMaker.Calls("ListPipelineExecutions"));
        Assert.Equal(1, _monitor.Count);
        var logged = Assert.Single(_logger.Collector.GetSnapshot(), record => record.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Warning, logged.Level);
        Assert.Equal($"Refreshing executions of pipeline {Pipeline} failed with NetworkError", logged.Message);
    }

    public async ValueTask DisposeAsync() => await _monitor.DisposeAsync();

    private List<PendingTrigger> WatchNew(int count, string pipeline = Pipeline) =>
        [.. Enumerable.Range(0, count).Select(i => WatchedExecutions.Add(_monitor, _sageMaker, _clock, pipeline, i))];

    private async Task<int> RunForAsync(TimeSpan duration)
    {
        var seconds = (int)duration.TotalSeconds;
        for (var second = 0; second < seconds; second++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await _monitor.RefreshDueAsync(CancellationToken.None);
        }

        return seconds;
    }

    private Task OnEndedAsync(PendingTrigger pending, ExecutionEnd end)
    {
        _ended.Add((pending, end));
        return Task.CompletedTask;
    }
}
