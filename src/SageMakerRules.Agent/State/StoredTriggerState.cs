namespace SageMakerRules.Agent.State;

/// <summary>Where a stored trigger was when it was last written.</summary>
internal enum StoredTriggerState
{
    /// <summary>Waiting in its rule's queue.</summary>
    Queued,

    /// <summary>Written just before the start call; its outcome is unknown until the call returns.</summary>
    Starting,

    /// <summary>Started; its execution ARN is known and it is watched.</summary>
    Running,
}
