using System.Diagnostics.Metrics;
using SageMakerRules.Agent.Execution;
using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.Telemetry;

/// <summary>
/// The agent's counters on the <see cref="System.Diagnostics.Metrics"/> meter <c>SageMakerRules.Agent</c>. Tags are
/// rule names, skip reasons, error codes and outcomes; never event content.
/// </summary>
public sealed class AgentMetrics : IDisposable
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "SageMakerRules.Agent";

    private readonly Counter<long> _eventsReceived;
    private readonly Counter<long> _eventsInvalid;
    private readonly Counter<long> _eventsMatched;
    private readonly Counter<long> _triggered;
    private readonly Counter<long> _skipped;
    private readonly Counter<long> _queued;
    private readonly Counter<long> _startFailures;
    private readonly Counter<long> _executions;

    /// <summary>Creates the counters on a meter from <paramref name="meterFactory"/>, or on a new meter.</summary>
    /// <param name="meterFactory">The host's meter factory, or <see langword="null"/>.</param>
    public AgentMetrics(IMeterFactory? meterFactory = null)
    {
        Meter = meterFactory?.Create(new MeterOptions(MeterName)) ?? new Meter(MeterName);
        _eventsReceived = Meter.CreateCounter<long>("sagemakerrules.agent.events.received", "{event}");
        _eventsInvalid = Meter.CreateCounter<long>("sagemakerrules.agent.events.invalid", "{event}");
        _eventsMatched = Meter.CreateCounter<long>("sagemakerrules.agent.events.matched", "{event}");
        _triggered = Meter.CreateCounter<long>("sagemakerrules.agent.triggers.started", "{execution}");
        _skipped = Meter.CreateCounter<long>("sagemakerrules.agent.triggers.skipped", "{trigger}");
        _queued = Meter.CreateCounter<long>("sagemakerrules.agent.triggers.queued", "{trigger}");
        _startFailures = Meter.CreateCounter<long>("sagemakerrules.agent.starts.failed", "{start}");
        _executions = Meter.CreateCounter<long>("sagemakerrules.agent.executions.completed", "{execution}");
    }

    /// <summary>The meter the counters live on (tests listen to it with a <c>MetricCollector</c>).</summary>
    public Meter Meter { get; }

    /// <summary>Counts one event received by the agent.</summary>
    public void EventReceived() => _eventsReceived.Add(1);

    /// <summary>Counts one event that could not be read or mapped.</summary>
    /// <param name="kind">What was wrong with it.</param>
    public void EventInvalid(EventErrorKind kind) => _eventsInvalid.Add(1, Tag("kind", kind.ToString()));

    /// <summary>Counts one event that matched a rule.</summary>
    /// <param name="rule">The rule.</param>
    public void EventMatched(string rule) => _eventsMatched.Add(1, Tag("rule", rule));

    /// <summary>Counts one execution started.</summary>
    /// <param name="rule">The rule.</param>
    public void Triggered(string rule) => _triggered.Add(1, Tag("rule", rule));

    /// <summary>Counts one matching event that started nothing.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="reason">Why.</param>
    public void Skipped(string rule, TriggerSkipReason reason) =>
        _skipped.Add(1, Tag("rule", rule), Tag("reason", reason.ToString()));

    /// <summary>Counts one trigger put in a rule's queue.</summary>
    /// <param name="rule">The rule.</param>
    public void Queued(string rule) => _queued.Add(1, Tag("rule", rule));

    /// <summary>Counts one start that failed for good.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="code">The error code.</param>
    public void StartFailed(string rule, string code) => _startFailures.Add(1, Tag("rule", rule), Tag("code", code));

    /// <summary>Counts one watched execution that ended.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="status">How it ended.</param>
    public void ExecutionCompleted(string rule, CompletionStatus status) =>
        _executions.Add(1, Tag("rule", rule), Tag("status", status.ToString()));

    /// <inheritdoc />
    public void Dispose() => Meter.Dispose();

    private static KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);
}
