using Newtonsoft.Json.Linq;

namespace SageMakerRules;

/// <summary>
/// One compiled mapping rule: reads an event, decides whether it should start the rule's pipeline and, when it
/// should, maps it to a start request. Implementations are generated from YAML and hold no per-event state.
/// </summary>
/// <remarks>
/// Evaluation never throws for bad input: a malformed event, a field of the wrong type or a parameter value that
/// SageMaker would reject ends as <see cref="RuleOutcome.Invalid"/> with an <see cref="EventError"/>.
/// When the rule does not match, evaluation allocates nothing unless its trigger needs the key on every event
/// (a rising edge or a debounce), in which case <see cref="RuleEvaluation.TriggerKey"/> is filled.
/// </remarks>
public interface IRule
{
    /// <summary>The rule's name from the YAML file; also the generated type name.</summary>
    string Name { get; }

    /// <summary>The rule's description, or <see langword="null"/> when the file has none.</summary>
    string? Description { get; }

    /// <summary>The path of the YAML file the rule was compiled from, as the compiler saw it.</summary>
    string SourcePath { get; }

    /// <summary>The pipeline the rule starts and how.</summary>
    PipelineTarget Pipeline { get; }

    /// <summary>The trigger policy the runtime enforces for this rule.</summary>
    TriggerOptions Trigger { get; }

    /// <summary>How executions started by this rule are watched.</summary>
    MonitorOptions Monitor { get; }

    /// <summary>The typed event fields the rule declares, in file order.</summary>
    IReadOnlyList<RuleField> Fields { get; }

    /// <summary>The names of the pipeline parameters the rule sets, in file order.</summary>
    IReadOnlyList<string> ParameterNames { get; }

    /// <summary>Reads one UTF-8 JSON event in a single forward pass and evaluates the rule against it.</summary>
    /// <param name="utf8Event">The event as UTF-8 JSON bytes: one JSON object.</param>
    /// <returns>The outcome; never throws for bad input.</returns>
    RuleEvaluation Evaluate(ReadOnlySpan<byte> utf8Event);

    /// <summary>Reads an already parsed event and evaluates the rule against it, without re-serialising it.</summary>
    /// <param name="event">The event object, as XMPro's batch <c>Receive</c> hands it over.</param>
    /// <returns>The same outcome <see cref="Evaluate(ReadOnlySpan{byte})"/> gives for the event's JSON text.</returns>
    RuleEvaluation Evaluate(JObject @event);
}
