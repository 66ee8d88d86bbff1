using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Amazon.Runtime;
using Amazon.Runtime.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SageMakerRules.SageMaker.Wire;

namespace SageMakerRules.SageMaker;

/// <summary>
/// The SageMaker Pipelines client on AWSSDK.Core: Core signs (SigV4, service <c>sagemaker</c>), resolves
/// credentials, applies its retry mode (standard or adaptive: throttling and 5xx are retried, with the same body and
/// token) and sends; this class marshals JSON 1.1 with source-generated System.Text.Json and maps errors to
/// <see cref="SageMakerPipelinesException"/> subclasses.
/// </summary>
public sealed partial class SageMakerPipelinesClient : AmazonServiceClient, ISageMakerPipelinesClient
{
    // Core builds its pipeline inside the base constructor, before the constructor body runs; field initialisers run
    // earlier still, so the handler exists when CustomizeRuntimePipeline adds it.
    private readonly AttemptLoggingHandler _attemptLogging = new();

    private readonly ILogger _logger;

    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a client with explicit credentials (see <c>SageMakerRules.SageMaker.Credentials</c>).</summary>
    /// <param name="credentials">The AWS credentials; session credentials and refreshing credentials work.</param>
    /// <param name="config">The region or endpoint, retry mode and timeouts.</param>
    /// <param name="logger">Receives call, retry and failure messages (no payloads or secrets).</param>
    /// <param name="timeProvider">Measures call durations; <see cref="TimeProvider.System"/> by default.</param>
    /// <exception cref="SageMakerEndpointException">The endpoint settings cannot work.</exception>
    public SageMakerPipelinesClient(
        AWSCredentials credentials,
        SageMakerPipelinesConfig config,
        ILogger? logger = null,
        TimeProvider? timeProvider = null
    )
        : base(credentials, config)
    {
        _logger = logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _attemptLogging.EventLogger = _logger;
        var endpoint = config.ResolveEndpoint();
        Log.EndpointResolved(_logger, endpoint.Url, endpoint.Source);
    }

    /// <summary>Creates a client that finds credentials through the SDK's default chain.</summary>
    /// <param name="config">The region or endpoint, retry mode and timeouts.</param>
    /// <param name="logger">Receives call, retry and failure messages (no payloads or secrets).</param>
    /// <param name="timeProvider">Measures call durations; <see cref="TimeProvider.System"/> by default.</param>
    /// <exception cref="SageMakerEndpointException">The endpoint settings cannot work.</exception>
    public SageMakerPipelinesClient(
        SageMakerPipelinesConfig config,
        ILogger? logger = null,
        TimeProvider? timeProvider = null
    )
        : base(config)
    {
        _logger = logger ?? NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _attemptLogging.EventLogger = _logger;
        var endpoint = config.ResolveEndpoint();
        Log.EndpointResolved(_logger, endpoint.Url, endpoint.Source);
    }

    /// <inheritdoc />
    protected override IServiceMetadata ServiceMetadata { get; } = new PipelinesServiceMetadata();

    /// <inheritdoc />
    protected override void CustomizeRuntimePipeline(RuntimePipeline pipeline)
    {
        pipeline.AddHandlerAfter<Marshaller>(new SigV4AuthResolver());
        pipeline.AddHandlerAfter<RetryHandler>(_attemptLogging);
    }

    private async Task<TResponse> CallAsync<TRequest, TResponse>(
        string operation,
        TRequest request,
        Action<TRequest> validate,
        JsonTypeInfo<TRequest> requestInfo,
        JsonTypeInfo<TResponse> responseInfo,
        CancellationToken cancellationToken
    )
        where TResponse : class
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(operation, request, validate);

        // Serialised once: every SDK retry resends these bytes, so a start keeps its token across attempts.
        var body = JsonSerializer.SerializeToUtf8Bytes(request, requestInfo);
        var options = new InvokeOptions
        {
            RequestMarshaller = JsonOperationMarshaller.Instance,
            ResponseUnmarshaller = new JsonOperationUnmarshaller<TResponse>(responseInfo),
        };

        var started = _timeProvider.GetTimestamp();
        try
        {
            var response = await InvokeWithFreshCredentialsAsync<TResponse>(operation, body, options, cancellationToken)
                .ConfigureAwait(false);
            return Complete(operation, response, started);
        }
        catch (AmazonServiceException exception)
        {
            var elapsed = ElapsedSince(started);
            var code = exception.ErrorCode ?? "";
            Log.OperationFailed(_logger, operation, code, (int)exception.StatusCode, exception.RequestId, elapsed);
            throw;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Log.OperationFailedWithoutAnswer(_logger, operation, exception.GetType().Name);
            throw;
        }
    }

    // Session credentials can expire between Core's pre-emptive refresh and the call (a revoked or clock-skewed
    // token). Refreshing credentials are then renewed once and the same bytes resent, which keeps a start idempotent.
    private async Task<OperationResponse<TResponse>> InvokeWithFreshCredentialsAsync<TResponse>(
        string operation,
        byte[] body,
        InvokeOptions options,
        CancellationToken cancellationToken
    )
        where TResponse : class
    {
        try
        {
            return await InvokeAsync<OperationResponse<TResponse>>(
                    OperationRequest.Create(operation, body),
                    options,
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
        catch (ExpiredTokenException) when (ExplicitAWSCredentials is RefreshingAWSCredentials refreshing)
        {
            Log.RefreshingExpiredCredentials(_logger, operation);
            refreshing.ClearCredentials();
            return await InvokeAsync<OperationResponse<TResponse>>(
                    OperationRequest.Create(operation, body),
                    options,
                    cancellationToken
                )
                .ConfigureAwait(false);
        }
    }

    private TResponse Complete<TResponse>(string operation, OperationResponse<TResponse> response, long started)
        where TResponse : class
    {
        var requestId = response.ResponseMetadata?.RequestId;
        if (response.ReadError is { } error)
        {
            throw new SageMakerPipelinesException(
                $"The {operation} response could not be read: {error.Message}",
                "MalformedResponse",
                string.IsNullOrEmpty(requestId) ? null : requestId,
                response.HttpStatusCode,
                error
            );
        }

        Log.OperationSucceeded(_logger, operation, ElapsedSince(started), requestId);
        return response.Result!;
    }

    private void Validate<TRequest>(string operation, TRequest request, Action<TRequest> validate)
    {
        try
        {
            validate(request);
        }
        catch (SageMakerRequestValidationException exception)
        {
            Log.RequestRejected(_logger, operation, exception.ParamName);
            throw;
        }
    }

    private long ElapsedSince(long started) => (long)_timeProvider.GetElapsedTime(started).TotalMilliseconds;
}
