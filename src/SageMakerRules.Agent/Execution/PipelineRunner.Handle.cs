using SageMakerRules.Agent.Telemetry;
using SageMakerRules.Triggers;

namespace SageMakerRules.Agent.Execution;

public sealed partial class PipelineRunner
{
    private async ValueTask<TriggerResult> HandleCoreAsync(
        IRule rule,
        RuleEvaluation evaluation,
        EventPayload payload,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(payload);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var runtime = GetRuntime(rule);
        return evaluation.Outcome switch
        {
            RuleOutcome.Matched => await HandleMatchAsync(runtime, rule, evaluation, payload, cancellationToken),
            RuleOutcome.NotMatched => HandleNotMatched(runtime, rule, evaluation, payload),
            _ => HandleInvalid(rule, evaluation, payload),
        };
    }

    private TriggerResult HandleNotMatched(
        RuleRuntime runtime,
        IRule rule,
        RuleEvaluation evaluation,
        EventPayload payload
    )
    {
        if (rule.Trigger.TracksEveryEvent)
        {
            // A re-armed rising edge or a broken debounce run is written at once: a restart must not miss a trigger.
            var decision = runtime.Policy.Evaluate(evaluation.TriggerKey, matched: false, item: null!);
            if (decision.StateChanged)
            {
                PersistKey(runtime, evaluation.TriggerKey);
            }
        }

        return Result(rule, TriggerResultKind.NotMatched, evaluation.TriggerKey, payload);
    }

    private TriggerResult HandleInvalid(IRule rule, RuleEvaluation evaluation, EventPayload payload)
    {
        var error = evaluation.Error;
        var code = error?.Kind.ToString() ?? nameof(RuleOutcome.Invalid);
        _metrics.EventInvalid(error?.Kind ?? EventErrorKind.MalformedJson);
        return Result(rule, TriggerResultKind.Failed, evaluation.TriggerKey, payload) with
        {
            ErrorCode = code,
            ErrorMessage = error?.Message ?? "The event could not be read.",
        };
    }

    private async ValueTask<TriggerResult> HandleMatchAsync(
        RuleRuntime runtime,
        IRule rule,
        RuleEvaluation evaluation,
        EventPayload payload,
        CancellationToken cancellationToken
    )
    {
        _metrics.EventMatched(rule.Name);
        var pending = CreatePending(runtime, rule, evaluation, payload);
        if (!TryAddInFlight(pending, out var existing))
        {
            return Skipped(rule, pending, TriggerSkipReason.Duplicate, RunnerMessages.Duplicate(rule.Name, existing));
        }

        var decision = runtime.Policy.Evaluate(pending.TriggerKey, matched: true, pending);
        pending.Decision = decision;
        switch (decision.Kind)
        {
            case TriggerDecisionKind.Fire:
                return await StartForCallerAsync(runtime, pending, cancellationToken);
            case TriggerDecisionKind.Queue:
                Persist(
                    "save a queued trigger",
                    store => store.SaveQueued(pending, () => runtime.Policy.SnapshotKey(pending.TriggerKey))
                );
                _metrics.Queued(rule.Name);
                RunLog.TriggerQueued(_logger, rule.Name, decision.SkipReason.ToString()!);
                return pending.ToResult(TriggerResultKind.Queued, deferred: false) with
                {
                    SkipReason = decision.SkipReason,
                    SkipMessage = decision.Message,
                };
            default:
                RemoveInFlight(pending.Token);
                if (decision.StateChanged)
                {
                    PersistKey(runtime, pending.TriggerKey);
                }

                return Skipped(rule, pending, decision.SkipReason!.Value, decision.Message);
        }
    }

    private PendingTrigger CreatePending(
        RuleRuntime runtime,
        IRule rule,
        RuleEvaluation evaluation,
        EventPayload payload
    )
    {
        var request = evaluation.Request!;
        var identity = IdempotencyToken.EventIdentity(evaluation.EventId, payload);
        return new PendingTrigger
        {
            RuleName = rule.Name,
            Request = request,
            Token = IdempotencyToken.Derive(rule.Name, request.PipelineName, identity),
            TriggerKey = evaluation.TriggerKey,
            Event = payload.Detach(),
            TriggeredAt = _timeProvider.GetUtcNow(),
            Monitor = runtime.Monitor,
        };
    }

    private async Task<TriggerResult> StartForCallerAsync(
        RuleRuntime runtime,
        PendingTrigger pending,
        CancellationToken cancellationToken
    )
    {
        // The start runs on the runner's lifetime: a caller that stops waiting does not abandon a half-made start.
        var start = StartAndRecordAsync(runtime, pending);
        try
        {
            return await start.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !start.IsCompleted)
        {
            _background.Run(() => PublishDeferredAsync(start));
            throw;
        }
    }

    private TriggerResult Skipped(IRule rule, PendingTrigger pending, TriggerSkipReason reason, string message)
    {
        _metrics.Skipped(rule.Name, reason);
        RunLog.TriggerSkipped(_logger, rule.Name, reason.ToString());
        return pending.ToResult(TriggerResultKind.Skipped, deferred: false) with
        {
            SkipReason = reason,
            SkipMessage = message,
        };
    }

    private TriggerResult Result(IRule rule, TriggerResultKind kind, string? key, EventPayload payload) =>
        new()
        {
            Kind = kind,
            RuleName = rule.Name,
            PipelineName = rule.Pipeline.Name,
            TriggerKey = key,
            TriggeredAt = _timeProvider.GetUtcNow(),
            Event = payload,
        };
}
