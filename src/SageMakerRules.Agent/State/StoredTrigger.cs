using SageMakerRules.Agent.Execution;

namespace SageMakerRules.Agent.State;

/// <summary>A trigger read back from the store.</summary>
internal sealed record StoredTrigger(StoredTriggerState State, PendingTrigger Pending);
