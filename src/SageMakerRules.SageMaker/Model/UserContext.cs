namespace SageMakerRules.SageMaker;

/// <summary>Who created or last modified a resource.</summary>
public sealed record UserContext
{
    /// <summary>The SageMaker Studio user profile ARN.</summary>
    public string? UserProfileArn { get; init; }

    /// <summary>The SageMaker Studio user profile name.</summary>
    public string? UserProfileName { get; init; }

    /// <summary>The SageMaker Studio domain id.</summary>
    public string? DomainId { get; init; }
}
