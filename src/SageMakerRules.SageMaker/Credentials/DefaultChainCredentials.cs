using Amazon.Runtime;
using Amazon.Runtime.CredentialManagement;
using Amazon.Runtime.Credentials;

namespace SageMakerRules.SageMaker.Credentials;

/// <summary>
/// Resolves credentials through AWSSDK.Core's default identity resolution (environment, profile, web identity token
/// file, container, instance metadata) on first use, or from one named profile.
/// </summary>
internal sealed class DefaultChainCredentials(DefaultChainCredentialOptions options) : AWSCredentials
{
    private readonly Lazy<AWSCredentials> _resolved = new(() => Resolve(options), isThreadSafe: true);

    public override ImmutableCredentials GetCredentials() => Resolved().GetCredentials();

    public override Task<ImmutableCredentials> GetCredentialsAsync() => Resolved().GetCredentialsAsync();

    private AWSCredentials Resolved()
    {
        try
        {
            return _resolved.Value;
        }
        catch (AmazonClientException exception)
        {
            throw new CredentialsException(
                "No AWS credentials were found by the default chain (environment variables AWS_ACCESS_KEY_ID and "
                    + "AWS_SECRET_ACCESS_KEY, a profile in ~/.aws, AWS_WEB_IDENTITY_TOKEN_FILE, container or instance "
                    + "metadata). Configure one of them, or choose the AccessKey or AzureAd method. "
                    + $"The SDK said: {exception.Message}",
                errorCode: null,
                setting: "Method",
                isTransient: false
            );
        }
    }

    private static AWSCredentials Resolve(DefaultChainCredentialOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ProfileName))
        {
            return DefaultAWSCredentialsIdentityResolver.GetCredentials(null);
        }

        if (new CredentialProfileStoreChain().TryGetAWSCredentials(options.ProfileName, out var credentials))
        {
            return credentials;
        }

        throw new CredentialsException(
            $"The AWS profile '{options.ProfileName}' was not found in the shared config or credentials file. "
                + "Set DefaultChain.ProfileName to an existing profile, or leave it empty to use the whole chain.",
            errorCode: null,
            setting: "DefaultChain.ProfileName",
            isTransient: false
        );
    }
}
