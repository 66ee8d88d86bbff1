using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Publishing;

namespace SageMakerRules.Agent.Processing;

/// <summary>What handling one event produced: output results, event errors and failed starts.</summary>
internal sealed class EventResults
{
    public List<AgentResult> Outputs { get; } = [];

    public List<EventError> Errors { get; } = [];

    public List<TriggerResult> FailedStarts { get; } = [];
}
