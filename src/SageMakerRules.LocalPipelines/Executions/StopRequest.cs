namespace SageMakerRules.LocalPipelines.Executions;

/// <summary>When an execution was asked to stop, and the idempotency token of that request.</summary>
internal sealed record StopRequest(DateTimeOffset At, string Token);
