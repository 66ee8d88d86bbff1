using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Telemetry;
using SageMakerRules.SageMaker;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.Agent.Monitoring;

internal sealed partial class ExecutionMonitor
{
    /// <summary>
    /// Whether a failed call is one the monitor outlives: SageMaker refused it, AWS credentials could not be had for
    /// it (Azure AD or STS down, a rejected secret), or it failed on the way (a broken connection, a lost response).
    /// Each is tried again at the next poll.
    /// </summary>
    private static bool IsCallFailure(Exception exception, CancellationToken cancellationToken) =>
        (
            exception is SageMakerPipelinesException or CredentialsException
            || ExecutionStarter.IsConnectionFailure(exception)
        ) && !cancellationToken.IsCancellationRequested;

    private void ReportRefreshFailure(string pipelineName, Exception exception)
    {
        var code = ExecutionStarter.CodeOf(exception);
        if (exception is CredentialsException credentials)
        {
            // The library's message names its own options; the person who fixes it knows the host's settings.
            RunLog.RefreshCredentialsFailed(
                logger,
                pipelineName,
                code,
                credentials.IsTransient,
                names.Describe(credentials)
            );
            return;
        }

        RunLog.RefreshFailed(logger, pipelineName, code, exception);
    }
}
