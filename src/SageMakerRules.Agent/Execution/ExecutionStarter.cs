using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Agent.Telemetry;
using SageMakerRules.SageMaker;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.Execution;

/// <summary>
/// Starts one execution: throttling, server errors, <c>ResourceLimitExceeded</c>, lost responses and transient
/// credential failures (Azure AD or STS unreachable, busy or failing) are retried with bounded exponential back-off
/// and jitter on the injected clock, always with the same token; validation, not-found, access and other credential
/// errors end at once with an actionable message.
/// </summary>
internal sealed class ExecutionStarter(
    ISageMakerPipelinesClient client,
    StartRetryOptions retry,
    SettingNames names,
    TimeProvider timeProvider,
    ILogger logger
)
{
    public async Task<StartOutcome> StartAsync(PendingTrigger trigger, CancellationToken cancellationToken)
    {
        var request = ToRequest(trigger);
        var refreshedCredentials = false;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var response = await client.StartPipelineExecutionAsync(request, cancellationToken);
                return response.PipelineExecutionArn is { Length: > 0 } arn
                    ? StartOutcome.Started(arn)
                    : StartOutcome.Failed("NoExecutionArn", StartErrors.NoExecutionArn(trigger));
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                var retryable = IsRetryable(exception, ref refreshedCredentials);
                if (!retryable || attempt >= retry.MaxAttempts)
                {
                    return Fail(trigger, exception, retryable, attempt);
                }

                var delay = retry.DelayBefore(attempt + 1, Random.Shared.NextDouble());
                RunLog.StartRetrying(logger, trigger.RuleName, trigger.PipelineName, attempt, CodeOf(exception), delay);
                await Task.Delay(delay, timeProvider, cancellationToken);
            }
        }
    }

    internal static string CodeOf(Exception exception) =>
        exception switch
        {
            AmazonServiceException { ErrorCode: { Length: > 0 } code } => code,
            SageMakerRequestValidationException => "InvalidStartRequest",
            AmazonServiceException service => "Http" + (int)service.StatusCode,
            SageMakerEndpointException => "EndpointError",
            CredentialsException { ErrorCode: { Length: > 0 } code } => code,
            CredentialsException => "CredentialsUnavailable",
            _ => "NetworkError",
        };

    /// <summary>Whether the call failed on the way (a lost response, a broken connection), not in SageMaker.</summary>
    internal static bool IsConnectionFailure(Exception exception) =>
        exception is HttpRequestException or IOException or TimeoutException or AmazonClientException;

    private static bool IsRetryable(Exception exception, ref bool refreshedCredentials)
    {
        switch (exception)
        {
            case ThrottlingException or ServiceFailureException or ResourceLimitExceededException:
                return true;
            case CredentialsException credentials:
                // SageMaker never saw the request, so the same token is as safe to send again as after a lost answer.
                return credentials.IsTransient;
            case ExpiredTokenException when !refreshedCredentials:
                refreshedCredentials = true;
                return true;
            case SageMakerPipelinesException:
            case SageMakerRequestValidationException:
            case SageMakerEndpointException:
                return false;
            case AmazonServiceException service:
                return (int)service.StatusCode >= 500;
            default:
                // A lost response or a broken connection: the same token makes a second attempt safe.
                return IsConnectionFailure(exception);
        }
    }

    private StartOutcome Fail(PendingTrigger trigger, Exception exception, bool retryable, int attempts)
    {
        var code = CodeOf(exception);
        var message = retryable
            ? StartErrors.GaveUp(trigger, exception, code, attempts, names)
            : StartErrors.Permanent(trigger, exception, code, names);
        RunLog.StartFailed(logger, trigger.RuleName, trigger.PipelineName, code, attempts);
        return StartOutcome.Failed(code, message);
    }

    private static StartPipelineExecutionRequest ToRequest(PendingTrigger trigger)
    {
        var start = trigger.Request;
        return new StartPipelineExecutionRequest
        {
            PipelineName = start.PipelineName,
            ClientRequestToken = trigger.Token,
            PipelineExecutionDisplayName = string.IsNullOrEmpty(start.DisplayName) ? null : start.DisplayName,
            PipelineExecutionDescription = start.Description,
            PipelineVersionId = start.PipelineVersionId,
            PipelineParameters = [.. start.Parameters.Select(p => new Parameter(p.Name, p.Value))],
            ParallelismConfiguration = start.MaxParallelSteps is { } steps
                ? new ParallelismConfiguration { MaxParallelExecutionSteps = steps }
                : null,
        };
    }
}
