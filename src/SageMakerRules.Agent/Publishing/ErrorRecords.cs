using Newtonsoft.Json.Linq;
using XMIoT.Framework;

namespace SageMakerRules.Agent.Publishing;

/// <summary>Builds the records the agent publishes on its Error endpoint: one per failed event or operation.</summary>
internal sealed class ErrorRecords(Func<long> agentId, TimeProvider timeProvider)
{
    private const string SourcePrefix = "SageMakerRules.Agent.SageMakerPipelineAgent.";

    /// <summary>An event that no rule could read or map; the detail lists every distinct problem.</summary>
    public OnErrorArgs InvalidEvent(string member, IReadOnlyList<EventError> errors, JToken @event)
    {
        var first = errors[0];
        var title = first.Kind switch
        {
            EventErrorKind.MalformedJson => "Malformed event",
            EventErrorKind.WrongType => "Event field has the wrong type",
            EventErrorKind.MissingField => "Event field is missing",
            _ => "Pipeline parameter is invalid",
        };
        var detail = string.Join(" ", errors.Select(error => error.Message).Distinct(StringComparer.Ordinal));

        return Record(member, title, detail, @event);
    }

    /// <summary>A start that failed for good (validation, not found, access, or retries exhausted).</summary>
    public OnErrorArgs StartFailed(string member, string rule, string? code, string? message, JToken @event) =>
        Record(
            member,
            $"Pipeline execution not started ({code ?? "error"})",
            $"Rule '{rule}' could not start its pipeline: {message ?? "no detail was given"}",
            @event
        );

    /// <summary>The settings stop the agent from being created; one record lists every problem.</summary>
    public OnErrorArgs Configuration(string member, IReadOnlyList<string> problems) =>
        Record(member, "Agent settings are invalid", string.Join(" ", problems), null);

    /// <summary>An event arrived before the agent was created successfully.</summary>
    public OnErrorArgs NotCreated(string member, JToken? @event) =>
        Record(
            member,
            "Agent not created",
            "The event arrived before Create succeeded; fix the settings errors reported by Create and republish.",
            @event
        );

    /// <summary>An unexpected failure while handling an event; the stream goes on with the next event.</summary>
    public OnErrorArgs Unexpected(string member, Exception exception, JToken? @event) =>
        Record(member, exception.GetType().Name, exception.Message, @event);

    private OnErrorArgs Record(string member, string error, string detail, JToken? @event) =>
        new(
            agentId(),
            timeProvider.GetUtcNow().UtcDateTime,
            SourcePrefix + member,
            error,
            detail,
            @event is null ? new JArray() : new JArray(@event)
        );
}
