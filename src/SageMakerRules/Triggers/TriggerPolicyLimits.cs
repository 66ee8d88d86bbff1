namespace SageMakerRules.Triggers;

/// <summary>Defaults and bounds of the trigger policy.</summary>
public static class TriggerPolicyLimits
{
    /// <summary>The account's concurrent pipeline execution quota, used as the default overall limit.</summary>
    public const int DefaultMaxRunning = 20;

    /// <summary>
    /// The default number of keys a policy remembers before it evicts the least recently used idle key.
    /// </summary>
    public const int DefaultMaxKeys = 10_000;
}
