namespace SageMakerRules.Agent.Execution;

/// <summary>The end of a start with retries: an execution ARN, or an error code and an actionable message.</summary>
internal readonly record struct StartOutcome(string? ExecutionArn, string? ErrorCode, string? ErrorMessage)
{
    public bool Succeeded => ExecutionArn is not null;

    public static StartOutcome Started(string arn) => new(arn, null, null);

    public static StartOutcome Failed(string code, string message) => new(null, code, message);
}
