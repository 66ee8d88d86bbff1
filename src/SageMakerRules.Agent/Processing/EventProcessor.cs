using Newtonsoft.Json.Linq;
using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Publishing;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Telemetry;

namespace SageMakerRules.Agent.Processing;

/// <summary>
/// Handles one event: evaluates every rule with the generated reader (bytes or the parsed object, never
/// re-serialised), hands each evaluation that matters to the runner, and sorts what came back into outputs, event
/// errors and failed starts. The same code serves <c>Receive</c> and <c>ReceiveAsync</c>, so both agree.
/// </summary>
internal sealed class EventProcessor(
    IReadOnlyList<IRule> rules,
    PipelineRunner runner,
    AgentMetrics metrics,
    OutputMode outputMode
)
{
    public ValueTask<EventResults> ProcessAsync(JObject @event, CancellationToken cancellationToken)
    {
        var evaluations = new RuleEvaluation[rules.Count];
        for (var index = 0; index < rules.Count; index++)
        {
            evaluations[index] = rules[index].Evaluate(@event);
        }

        return HandleAsync(evaluations, EventPayload.FromJObject(@event), cancellationToken);
    }

    public ValueTask<EventResults> ProcessAsync(ReadOnlyMemory<byte> utf8Event, CancellationToken cancellationToken)
    {
        var evaluations = new RuleEvaluation[rules.Count];
        for (var index = 0; index < rules.Count; index++)
        {
            evaluations[index] = rules[index].Evaluate(utf8Event.Span);
        }

        return HandleAsync(evaluations, EventPayload.FromUtf8(utf8Event), cancellationToken);
    }

    private async ValueTask<EventResults> HandleAsync(
        RuleEvaluation[] evaluations,
        EventPayload payload,
        CancellationToken cancellationToken
    )
    {
        metrics.EventReceived();
        var results = new EventResults();
        for (var index = 0; index < evaluations.Length; index++)
        {
            var evaluation = evaluations[index];
            if (evaluation.Outcome == RuleOutcome.Invalid)
            {
                results.Errors.Add(evaluation.Error!);
                continue;
            }

            if (evaluation.Outcome == RuleOutcome.NotMatched && !rules[index].Trigger.TracksEveryEvent)
            {
                continue;
            }

            var result = await runner.HandleAsync(rules[index], evaluation, payload, cancellationToken);
            Sort(result, results);
        }

        if (results.Errors.Count > 0)
        {
            metrics.EventInvalid(results.Errors[0].Kind);
        }

        if (
            outputMode == OutputMode.All
            && results.Outputs.Count == 0
            && results.Errors.Count == 0
            && results.FailedStarts.Count == 0
        )
        {
            results.Outputs.Add(AgentResult.NotMatched);
        }

        return results;
    }

    private static void Sort(TriggerResult result, EventResults results)
    {
        switch (result.Kind)
        {
            case TriggerResultKind.Failed:
                results.FailedStarts.Add(result);
                break;
            case TriggerResultKind.NotMatched:
                break;
            default:
                results.Outputs.Add(ResultMapping.From(result));
                break;
        }
    }
}
