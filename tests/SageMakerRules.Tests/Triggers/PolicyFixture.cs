using Microsoft.Extensions.Time.Testing;
using SageMakerRules.Triggers;

namespace SageMakerRules.Tests.Triggers;

/// <summary>Builds policies on a fake clock for the trigger policy tests.</summary>
internal sealed class PolicyFixture
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public ConcurrencyGate Gate { get; init; } = new(TriggerPolicyLimits.DefaultMaxRunning);

    public TriggerPolicy<string> Policy(TriggerOptions options, int maxKeys = 100, string rule = "PumpRetrain") =>
        new(rule, options, Gate, Clock, maxKeys);

    public static TriggerOptions Options(
        TimeSpan? cooldown = null,
        TriggerEdge edge = TriggerEdge.None,
        int? debounceEvents = null,
        TimeSpan? debounceDuration = null,
        int? perKey = null,
        int? total = null,
        BusyBehavior whenBusy = BusyBehavior.Skip,
        int queueCapacity = 100
    ) =>
        TriggerOptions.Default with
        {
            KeyField = "asset_id",
            Cooldown = cooldown,
            Edge = edge,
            DebounceEvents = debounceEvents,
            DebounceDuration = debounceDuration,
            MaxRunningPerKey = perKey,
            MaxRunning = total,
            WhenBusy = whenBusy,
            QueueCapacity = queueCapacity,
        };
}
