using SageMakerRules.LocalPipelines.Security;

namespace SageMakerRules.LocalPipelines;

/// <summary>
/// The defaults of a local endpoint. The default credential is public knowledge and is for the local endpoint only:
/// it is not, and must never become, a real AWS credential.
/// </summary>
public static class LocalPipelinesDefaults
{
    /// <summary>The access key id the local endpoint accepts by default.</summary>
    public const string AccessKeyId = "AKIALOCALDEVELOPMENT";

    /// <summary>The secret of <see cref="AccessKeyId"/>; local-only, documented, not a secret anywhere else.</summary>
    public const string SecretAccessKey = "LocalPipelinesDevelopmentSecretNotForAws";

    /// <summary>The region the endpoint serves by default (signatures must be scoped to it).</summary>
    public const string Region = "us-east-1";

    /// <summary>The account id in the ARNs the endpoint issues by default.</summary>
    public const string AccountId = "000000000000";

    /// <summary>SageMaker's default account limit of concurrently running pipeline executions.</summary>
    public const int MaxConcurrentExecutions = 20;

    /// <summary>The SigV4 signing name of SageMaker.</summary>
    public const string SigningName = "sagemaker";

    /// <summary>The default static credential.</summary>
    public static LocalCredential Credential { get; } = new(AccessKeyId, SecretAccessKey);
}
