namespace SageMakerRules.LocalPipelines.Faults;

/// <summary>What the fault injector decided for one call.</summary>
internal readonly record struct FaultDecision(TimeSpan Latency, FaultKind Kind)
{
    public static FaultDecision None => new(TimeSpan.Zero, FaultKind.None);
}

/// <summary>The kinds of fault a call can get.</summary>
internal enum FaultKind
{
    None,
    Throttle,
    ServerError,
    DropResponse,
}
