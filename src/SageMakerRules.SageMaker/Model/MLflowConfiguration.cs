namespace SageMakerRules.SageMaker;

/// <summary>The MLflow tracking server and experiment of an execution.</summary>
public sealed record MLflowConfiguration
{
    /// <summary>The MLflow tracking server ARN.</summary>
    public string? MlflowResourceArn { get; init; }

    /// <summary>The MLflow experiment name.</summary>
    public string? MlflowExperimentName { get; init; }
}
