using Amazon.Runtime;
using SageMakerRules.Agent.Settings;
using SageMakerRules.SageMaker;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.DesignTime;

/// <summary>Turns a failed design-time call into a sentence that says what went wrong and what to do.</summary>
internal static class DesignTimeErrors
{
    public static string Describe(Exception exception) =>
        exception switch
        {
            CredentialsException credentials => SettingNames.Agent.Describe(credentials),
            ResourceNotFoundException notFound =>
                $"{notFound.Message} Choose an existing pipeline or check the region.",
            SageMakerPipelinesException { ErrorCode: "AccessDeniedException" } denied =>
                $"{denied.Message} Give the identity sagemaker:ListPipelines, sagemaker:ListPipelineVersions and "
                    + "sagemaker:DescribePipeline.",
            SageMakerPipelinesException
            {
                ErrorCode: "UnrecognizedClientException" or "InvalidSignatureException" or "ExpiredTokenException"
            } signIn => $"{signIn.Message} ({signIn.ErrorCode}) Check the access key, secret and session token.",
            AmazonServiceException service =>
                $"{service.Message} ({service.ErrorCode ?? service.StatusCode.ToString()})",
            PipelineDefinitionException definition => $"The pipeline definition cannot be read: {definition.Message}",
            OperationCanceledException => "SageMaker did not answer within 30 seconds. Check the region, the endpoint "
                + "URL and the network.",
            HttpRequestException or AmazonClientException =>
                $"SageMaker cannot be reached ({exception.Message}). Check the region, the endpoint URL and the "
                    + "network.",
            _ => $"{exception.GetType().Name}: {exception.Message}",
        };
}
