using Microsoft.Extensions.Logging;
using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Processing;
using SageMakerRules.Agent.Rules;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Telemetry;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Hosting;

/// <summary>Everything a created agent runs with: settings, rules, client, runner and the event processor.</summary>
internal sealed class AgentRuntime : IAsyncDisposable
{
    private readonly LoadedRules _rules;
    private readonly SageMakerPipelinesClient _client;
    private readonly AgentMetrics _metrics;
    private int _disposed;

    private AgentRuntime(
        AgentSettings settings,
        LoadedRules rules,
        SageMakerPipelinesClient client,
        PipelineRunner runner,
        AgentMetrics metrics
    )
    {
        Settings = settings;
        _rules = rules;
        _client = client;
        _metrics = metrics;
        Runner = runner;
        Processor = new EventProcessor(rules.Rules, runner, metrics, settings.OutputMode);
    }

    public AgentSettings Settings { get; }

    public IReadOnlyList<IRule> Rules => _rules.Rules;

    public PipelineRunner Runner { get; }

    public EventProcessor Processor { get; }

    /// <summary>Builds the runtime, or throws an <see cref="AgentConfigurationException"/> listing problems.</summary>
    /// <param name="reader">The settings.</param>
    /// <param name="hostRules">Rules compiled by the host; <see langword="null"/> loads them from settings.</param>
    /// <param name="names">How problems and credential error records name the setting to fix.</param>
    /// <param name="timeProvider">The clock.</param>
    /// <param name="logger">The logger.</param>
    public static AgentRuntime Create(
        SettingReader reader,
        IReadOnlyList<IRule>? hostRules,
        SettingNames names,
        TimeProvider timeProvider,
        ILogger logger
    )
    {
        var problems = new List<SettingProblem>();
        var settings = AgentSettingsReader.Read(reader, problems, rulesFromHost: hostRules is not null);
        var rules = hostRules is null ? RuleLoader.Load(settings, problems) : HostRules.Accept(hostRules, problems);
        if (problems.Count > 0 || settings.Connection is null)
        {
            rules.Dispose();
            throw new AgentConfigurationException(problems.Select(names.Describe).ToList());
        }

        SageMakerPipelinesClient? client = null;
        try
        {
            client = new PipelinesClientFactory(timeProvider, logger).Create(settings.Connection);
            var metrics = new AgentMetrics();
            var runner = new PipelineRunner(
                RunnerOptions(settings, names),
                rules.Rules,
                client,
                timeProvider,
                logger,
                metrics
            );
            runner.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
            return new AgentRuntime(settings, rules, client, runner, metrics);
        }
        catch
        {
            client?.Dispose();
            rules.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        try
        {
            await Runner.DisposeAsync();
        }
        finally
        {
            _client.Dispose();
            _rules.Dispose();
            _metrics.Dispose();
        }
    }

    private static PipelineRunnerOptions RunnerOptions(AgentSettings settings, SettingNames names) =>
        new()
        {
            SettingNames = names,
            StateDirectory = settings.StateDirectory,
            Monitor = settings.RulesSource == RulesSource.ParameterMap ? settings.Monitor : null,
            StopOnTimeout = settings.Monitor.StopOnTimeout,
            PollIntervalOverride = settings.PollIntervalOverride,
        };
}
