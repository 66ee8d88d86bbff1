using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using SageMakerRules.Agent.Monitoring;
using SageMakerRules.Agent.State;
using SageMakerRules.Agent.Telemetry;
using SageMakerRules.SageMaker;
using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.Execution;

/// <summary>
/// The run-time engine of the agent: applies each rule's trigger policy, starts executions idempotently with bounded
/// retries, watches them to the end with as few calls as possible, and keeps in-flight executions, queued triggers
/// and trigger state in a durable store when a state directory is set.
/// </summary>
/// <remarks>
/// Thread-safe: <see cref="HandleAsync"/> may be called concurrently. Results of triggers that finish later (queued
/// triggers released, starts resumed after a restart) arrive on <see cref="DeferredResults"/>; watched executions that
/// end arrive on <see cref="Completions"/>.
/// </remarks>
public sealed partial class PipelineRunner : IAsyncDisposable
{
    private readonly PipelineRunnerOptions _options;
    private readonly Dictionary<string, RuleRuntime> _rules = new(StringComparer.Ordinal);
    private readonly Lock _rulesLock = new();
    private readonly ExecutionStarter _starter;
    private readonly ExecutionMonitor _monitor;
    private readonly ConcurrencyGate _gate;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly AgentMetrics _metrics;
    private readonly Dictionary<string, PendingTrigger> _inFlight = new(StringComparer.Ordinal);
    private readonly Channel<ExecutionCompletion> _completions = Channel.CreateUnbounded<ExecutionCompletion>();
    private readonly Channel<TriggerResult> _deferred = Channel.CreateUnbounded<TriggerResult>();
    private readonly BackgroundWork _background = new();
    private readonly CancellationTokenSource _lifetime = new();
    private StateStore? _store;
    private int _disposed;

    /// <summary>Creates the runner; call <see cref="InitializeAsync"/> before the first event.</summary>
    /// <param name="options">The runner's settings.</param>
    /// <param name="rules">The rules whose evaluations the runner will handle (names must be distinct).</param>
    /// <param name="client">The SageMaker Pipelines client.</param>
    /// <param name="timeProvider">The clock for cooldowns, back-off, polling and timeouts.</param>
    /// <param name="logger">Where the runner logs (identifiers and counts only, never events or secrets).</param>
    /// <param name="metrics">The agent's counters.</param>
    public PipelineRunner(
        PipelineRunnerOptions options,
        IEnumerable<IRule> rules,
        ISageMakerPipelinesClient client,
        TimeProvider timeProvider,
        ILogger logger,
        AgentMetrics metrics
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(metrics);
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _metrics = metrics;
        _gate = new ConcurrencyGate(options.MaxRunning);
        _starter = new ExecutionStarter(client, options.Retry, options.SettingNames, timeProvider, logger);
        _monitor = new ExecutionMonitor(client, timeProvider, logger, options.SettingNames, OnExecutionEndedAsync);
        foreach (var rule in rules)
        {
            AddRule(rule);
        }
    }

    /// <summary>One item per watched execution that ended, for rules whose monitor waits for completion.</summary>
    public ChannelReader<ExecutionCompletion> Completions => _completions.Reader;

    /// <summary>
    /// Results that arrive after the call that caused them: released queued triggers, resumed starts.
    /// </summary>
    public ChannelReader<TriggerResult> DeferredResults => _deferred.Reader;

    /// <summary>How many executions are starting or watched now.</summary>
    public int InFlightCount
    {
        get
        {
            lock (_inFlight)
            {
                return _inFlight.Count;
            }
        }
    }

    /// <summary>
    /// Opens the state store when a state directory is set, restores trigger state, resumes monitoring of in-flight
    /// executions, re-issues starts interrupted by a crash with their original tokens, and starts the monitor.
    /// </summary>
    /// <param name="cancellationToken">Cancels the initialisation.</param>
    /// <returns>A task that completes when the runner is ready for events.</returns>
    public Task InitializeAsync(CancellationToken cancellationToken) => InitializeCoreAsync(cancellationToken);

    /// <summary>
    /// Handles one evaluation of one rule: applies the trigger policy (also for non-matching evaluations that carry a
    /// trigger key), derives the idempotency token, starts the execution with bounded retries and watches it.
    /// </summary>
    /// <param name="rule">The rule that was evaluated.</param>
    /// <param name="evaluation">Its evaluation of the event.</param>
    /// <param name="payload">The event; copied only when the runner must keep it.</param>
    /// <param name="cancellationToken">Cancels waiting for the start.</param>
    /// <returns>What became of the evaluation; never throws for a SageMaker error.</returns>
    public ValueTask<TriggerResult> HandleAsync(
        IRule rule,
        RuleEvaluation evaluation,
        EventPayload payload,
        CancellationToken cancellationToken
    ) => HandleCoreAsync(rule, evaluation, payload, cancellationToken);

    /// <summary>
    /// Lets starts in progress and released queued triggers finish, and optionally waits until every watched
    /// execution has ended. Queued triggers that cannot start stay queued (persisted when there is a store).
    /// </summary>
    /// <param name="waitForExecutions">Whether to wait for watched executions to end.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes when drained.</returns>
    public Task DrainAsync(bool waitForExecutions, CancellationToken cancellationToken) =>
        DrainCoreAsync(waitForExecutions, cancellationToken);

    /// <summary>
    /// Stops the monitor and background starts without waiting for them, writes trigger state, and closes the
    /// store. In-flight executions stay recorded so that a new runner on the same directory resumes them.
    /// Safe to call twice.
    /// </summary>
    /// <returns>A task that completes when the runner is stopped.</returns>
    public ValueTask DisposeAsync() => DisposeCoreAsync();

    /// <summary>A rule with its policy; <see cref="Rule"/> is null for a rule known only from the store.</summary>
    private sealed class RuleRuntime(IRule? rule, TriggerPolicy<PendingTrigger> policy, MonitorOptions monitor)
    {
        public IRule? Rule { get; } = rule;

        public TriggerPolicy<PendingTrigger> Policy { get; } = policy;

        public MonitorOptions Monitor { get; } = monitor;

        /// <summary>The policy version last written to the store.</summary>
        public long SavedVersion { get; set; }
    }
}
