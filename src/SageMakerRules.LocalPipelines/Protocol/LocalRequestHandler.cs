using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using SageMakerRules.LocalPipelines.Faults;
using SageMakerRules.LocalPipelines.Operations;
using SageMakerRules.LocalPipelines.Security;
using SageMakerRules.LocalPipelines.Sts;

namespace SageMakerRules.LocalPipelines.Protocol;

/// <summary>
/// Handles every HTTP request: form-encoded STS calls go to <see cref="StsEndpoint"/>; everything else is an AWS
/// JSON 1.1 SageMaker call that is signature-checked, fault-injected, dispatched and answered.
/// </summary>
internal sealed class LocalRequestHandler(
    SigV4Verifier verifier,
    IReadOnlyDictionary<string, Operation> operations,
    FaultInjector faults,
    StsHandler sts,
    TimeProvider clock,
    ILogger logger
)
{
    public const string TargetPrefix = "SageMaker.";

    private const int MaxBodyBytes = 2 * 1024 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        context.Response.Headers["x-amzn-RequestId"] = requestId;

        // The Date header carries the injected clock, as AWS's carries its own, so SDKs can correct clock skew.
        context.Response.Headers.Date = clock.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
        var cancellationToken = context.RequestAborted;
        var body = await RequestBody.ReadAsync(context.Request, MaxBodyBytes, cancellationToken);

        if (body is null)
        {
            await JsonResponses.WriteErrorAsync(
                context,
                new ApiException(ErrorCodes.Validation, "The request body is too large.")
            );

            return;
        }

        if (StsHandler.IsStsRequest(context.Request))
        {
            await sts.HandleAsync(context, body, requestId, cancellationToken);

            return;
        }

        var target = context.Request.Headers["X-Amz-Target"].ToString();
        var operation = target.StartsWith(TargetPrefix, StringComparison.Ordinal)
            ? target[TargetPrefix.Length..]
            : target;

        try
        {
            await HandleSageMakerAsync(context, operation, body, requestId, cancellationToken);
        }
        catch (ApiException exception)
        {
            Log.RequestRejected(logger, operation, exception.Code, (int)exception.Status, requestId);
            await JsonResponses.WriteErrorAsync(context, exception);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            Log.UnexpectedError(logger, exception, operation, requestId);
            await JsonResponses.WriteErrorAsync(
                context,
                new ApiException(
                    ErrorCodes.InternalFailure,
                    "The local endpoint failed unexpectedly.",
                    System.Net.HttpStatusCode.InternalServerError
                )
            );
        }
    }

    private async Task HandleSageMakerAsync(
        HttpContext context,
        string operationName,
        byte[] body,
        string requestId,
        CancellationToken cancellationToken
    )
    {
        verifier.Verify(HttpSigV4Request.From(context, body));

        if (
            !context.Request.Path.Equals("/")
            || !HttpMethods.IsPost(context.Request.Method)
            || !operations.TryGetValue(operationName, out var operation)
        )
        {
            throw new ApiException(
                ErrorCodes.UnknownOperation,
                $"The local SageMaker Pipelines endpoint does not support '{operationName}' "
                    + $"({context.Request.Method} {context.Request.Path}); "
                    + "send POST / with X-Amz-Target: SageMaker.<Operation>."
            );
        }

        var fault = faults.Decide(operationName);
        await InjectBeforeAsync(fault, operationName, requestId, cancellationToken);
        var response = JsonResponses.Run(operation, body);

        if (fault.Kind == FaultKind.DropResponse)
        {
            Log.FaultInjected(logger, nameof(FaultKind.DropResponse), operationName, requestId);
            await JsonResponses.DropResponseAsync(context, response, cancellationToken);

            return;
        }

        await JsonResponses.WriteAsync(context, response, cancellationToken);
        Log.RequestHandled(logger, operationName, StatusCodes.Status200OK, requestId);
    }

    private async Task InjectBeforeAsync(
        FaultDecision fault,
        string operation,
        string requestId,
        CancellationToken cancellationToken
    )
    {
        if (fault.Latency > TimeSpan.Zero)
        {
            await Task.Delay(fault.Latency, clock, cancellationToken);
        }

        if (fault.Kind == FaultKind.Throttle)
        {
            Log.FaultInjected(logger, nameof(FaultKind.Throttle), operation, requestId);

            throw new ApiException(ErrorCodes.Throttling, "Rate exceeded");
        }

        if (fault.Kind == FaultKind.ServerError)
        {
            Log.FaultInjected(logger, nameof(FaultKind.ServerError), operation, requestId);

            throw new ApiException(
                ErrorCodes.InternalFailure,
                "We encountered an internal error. Please try again.",
                System.Net.HttpStatusCode.InternalServerError
            );
        }
    }
}
