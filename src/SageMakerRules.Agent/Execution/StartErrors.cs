using System.Globalization;
using SageMakerRules.Agent.Settings;
using SageMakerRules.SageMaker;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.Execution;

/// <summary>
/// Sentences that say why a start failed and what to change, naming the rule, pipeline and parameters.
/// </summary>
internal static class StartErrors
{
    public static string Permanent(PendingTrigger trigger, Exception exception, string code, SettingNames names) =>
        exception switch
        {
            ValidationException => Format(
                "SageMaker rejected the start of pipeline '{0}' for rule '{1}' ({2}: {3}). Check that every "
                    + "parameter the rule sets ({4}) is declared in the pipeline definition with a value of its type, "
                    + "and that the display name and version are valid.",
                trigger.PipelineName,
                trigger.RuleName,
                code,
                exception.Message,
                ParameterNames(trigger)
            ),
            ResourceNotFoundException => Format(
                "Pipeline '{0}' of rule '{1}' was not found ({2}: {3}). Check pipeline.name and pipeline.version in "
                    + "the rule, and that the agent uses the AWS account and region where the pipeline exists.",
                trigger.PipelineName,
                trigger.RuleName,
                code,
                exception.Message
            ),
            AccessDeniedException => Format(
                "The agent's AWS identity may not start pipeline '{0}' for rule '{1}' ({2}: {3}). Grant "
                    + "sagemaker:StartPipelineExecution (and sagemaker:DescribePipelineExecution, "
                    + "sagemaker:ListPipelineExecutions, sagemaker:ListPipelineExecutionSteps to watch it) on the "
                    + "pipeline to the role or user the agent uses.",
                trigger.PipelineName,
                trigger.RuleName,
                code,
                exception.Message
            ),
            UnrecognizedClientException or InvalidSignatureException or ExpiredTokenException => Format(
                "SageMaker did not accept the agent's credentials when starting pipeline '{0}' for rule '{1}' "
                    + "({2}: {3}). Check {4} (or the federation settings), and that the machine's clock is correct.",
                trigger.PipelineName,
                trigger.RuleName,
                code,
                exception.Message,
                AccessKeySettings(names)
            ),
            CredentialsException credentials => Format(
                "The agent could not get AWS credentials to start pipeline '{0}' for rule '{1}' ({2}): {3}",
                trigger.PipelineName,
                trigger.RuleName,
                code,
                names.Describe(credentials)
            ),
            SageMakerRequestValidationException validation => Format(
                "The start of pipeline '{0}' for rule '{1}' was not sent because '{2}' is invalid: {3}",
                trigger.PipelineName,
                trigger.RuleName,
                validation.ParamName,
                validation.Message
            ),
            _ => Format(
                "Starting pipeline '{0}' for rule '{1}' failed ({2}: {3}).",
                trigger.PipelineName,
                trigger.RuleName,
                code,
                exception.Message
            ),
        };

    public static string GaveUp(
        PendingTrigger trigger,
        Exception exception,
        string code,
        int attempts,
        SettingNames names
    ) =>
        exception is CredentialsException credentials
            ? CredentialsGaveUp(trigger, credentials, code, attempts, names)
            : SageMakerGaveUp(trigger, exception, code, attempts);

    public static string NoExecutionArn(PendingTrigger trigger) =>
        Format(
            "SageMaker accepted the start of pipeline '{0}' for rule '{1}' but returned no execution ARN.",
            trigger.PipelineName,
            trigger.RuleName
        );

    private static string SageMakerGaveUp(PendingTrigger trigger, Exception exception, string code, int attempts) =>
        Format(
            "Starting pipeline '{0}' for rule '{1}' failed {2} time(s), the last with {3} ({4}); the agent gave up. "
                + "SageMaker is throttling, unavailable or at its concurrent-execution quota: lower the rule's "
                + "concurrency, use whenBusy: queue, or ask AWS for a higher quota.",
            trigger.PipelineName,
            trigger.RuleName,
            attempts,
            code,
            exception.Message
        );

    /// <summary>The attempts ran out and the last one could not get credentials (Azure AD or STS failing).</summary>
    private static string CredentialsGaveUp(
        PendingTrigger trigger,
        CredentialsException credentials,
        string code,
        int attempts,
        SettingNames names
    ) =>
        Format(
            "The agent could not get AWS credentials to start pipeline '{0}' for rule '{1}': {2} attempt(s) failed, "
                + "the last with {3}; the agent gave up. {4}",
            trigger.PipelineName,
            trigger.RuleName,
            attempts,
            code,
            names.Describe(credentials)
        );

    private static string AccessKeySettings(SettingNames names)
    {
        string?[] named =
        [
            names.HostNameOf(SettingKeys.AccessKeyId),
            names.HostNameOf(SettingKeys.SecretAccessKey),
            names.HostNameOf(SettingKeys.SessionToken),
        ];
        var known = named.OfType<string>().ToArray();

        return known.Length switch
        {
            0 => "the access key id and secret",
            1 => known[0],
            _ => $"{string.Join(", ", known[..^1])} and {known[^1]}",
        };
    }

    private static string ParameterNames(PendingTrigger trigger) =>
        trigger.Request.Parameters.Count == 0
            ? "none"
            : string.Join(", ", trigger.Request.Parameters.Select(parameter => parameter.Name));

    private static string Format(string format, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);
}
