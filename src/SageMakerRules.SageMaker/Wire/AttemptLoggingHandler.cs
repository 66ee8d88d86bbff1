using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Microsoft.Extensions.Logging;

namespace SageMakerRules.SageMaker.Wire;

/// <summary>
/// Sits inside Core's retry handler, so it sees every attempt: logs retries and failed attempts (code and status
/// only; never bodies or headers).
/// </summary>
internal sealed class AttemptLoggingHandler : PipelineHandler
{
    /// <summary>Set by the client after Core built the pipeline (Core builds it inside the base constructor).</summary>
    public ILogger EventLogger { get; set; } = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    public override async Task<T> InvokeAsync<T>(IExecutionContext executionContext)
    {
        var context = executionContext.RequestContext;
        var operation = (context.OriginalRequest as OperationRequest)?.Operation ?? context.RequestName;
        var attempt = context.Retries + 1;
        if (attempt > 1)
        {
            Log.Retrying(EventLogger, operation, attempt);
        }

        try
        {
            return await base.InvokeAsync<T>(executionContext).ConfigureAwait(false);
        }
        catch (AmazonServiceException exception)
        {
            Log.AttemptFailed(EventLogger, operation, attempt, exception.ErrorCode ?? "", (int)exception.StatusCode);
            throw;
        }
    }
}
