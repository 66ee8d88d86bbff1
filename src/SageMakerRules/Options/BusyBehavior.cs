namespace SageMakerRules;

/// <summary>What the runtime does with a trigger when the concurrency limit is reached.</summary>
public enum BusyBehavior
{
    /// <summary>Skip the trigger and publish the reason.</summary>
    Skip,

    /// <summary>Hold the trigger in a bounded queue until an execution finishes.</summary>
    Queue,
}
