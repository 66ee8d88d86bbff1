namespace SageMakerRules.SageMaker;

/// <summary>The job behind a step (training, processing, transform, tuning, model, Lambda and others).</summary>
public sealed record StepJobReference
{
    /// <summary>The ARN of the job or resource.</summary>
    public string? Arn { get; init; }
}
