using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Tests.Execution;

/// <summary>
/// An in-memory SageMaker Pipelines that counts every call, honours idempotency tokens like SageMaker, lists
/// executions newest first in pages, and fails calls on request. Statuses change only when a test sets them.
/// </summary>
internal sealed class FakePipelinesClient(TimeProvider clock) : ISageMakerPipelinesClient
{
    private readonly Lock _lock = new();
    private readonly List<FakeExecution> _executions = [];
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly Queue<Exception> _startFailures = new();
    private readonly Queue<Exception> _listFailures = new();
    private readonly Queue<Exception> _describeFailures = new();

    /// <summary>Runs before each start is recorded, for example to block it.</summary>
    public Func<StartPipelineExecutionRequest, CancellationToken, Task>? BeforeStart { get; set; }

    /// <summary>Whether the next start is recorded but its response "lost" (the call throws).</summary>
    public int LoseStartResponses { get; set; }

    public List<StartPipelineExecutionRequest> StartRequests { get; } = [];

    public List<StopPipelineExecutionRequest> StopRequests { get; } = [];

    public IReadOnlyList<FakeExecution> Executions
    {
        get
        {
            lock (_lock)
            {
                return [.. _executions];
            }
        }
    }

    public int Calls(string operation) => _calls.GetValueOrDefault(operation);

    public int TotalCalls => _calls.Values.Sum();

    public void FailNextStarts(params Exception[] failures)
    {
        lock (_lock)
        {
            foreach (var failure in failures)
            {
                _startFailures.Enqueue(failure);
            }
        }
    }

    /// <summary>Fails the next <c>ListPipelineExecutions</c> calls, one exception each, in order.</summary>
    public void FailNextLists(params Exception[] failures) => Enqueue(_listFailures, failures);

    /// <summary>Fails the next <c>DescribePipelineExecution</c> calls, one exception each, in order.</summary>
    public void FailNextDescribes(params Exception[] failures) => Enqueue(_describeFailures, failures);

    public FakeExecution AddExecution(string pipeline, string token, PipelineExecutionStatus status)
    {
        lock (_lock)
        {
            var execution = new FakeExecution(Arn(pipeline, _executions.Count), pipeline, token, clock.GetUtcNow())
            {
                Status = status,
            };
            _executions.Add(execution);
            return execution;
        }
    }

    public void SetStatus(string arn, PipelineExecutionStatus status, string? reason = null, string? failedStep = null)
    {
        lock (_lock)
        {
            var execution = _executions.Single(e => e.Arn == arn);
            execution.Status = status;
            execution.FailureReason = reason;
            execution.FailedStep = failedStep;
        }
    }

    public async Task<StartPipelineExecutionResponse> StartPipelineExecutionAsync(
        StartPipelineExecutionRequest request,
        CancellationToken cancellationToken = default
    )
    {
        Count(nameof(StartPipelineExecutionAsync));
        if (BeforeStart is { } before)
        {
            await before(request, cancellationToken);
        }

        FakeExecution execution;
        lock (_lock)
        {
            StartRequests.Add(request);
            if (_startFailures.TryDequeue(out var failure))
            {
                throw failure;
            }

            execution =
                _executions.FirstOrDefault(e => e.Token == request.ClientRequestToken)
                ?? AddExecution(request.PipelineName, request.ClientRequestToken, PipelineExecutionStatus.Executing);
            if (LoseStartResponses > 0)
            {
                LoseStartResponses--;
                throw new HttpRequestException("The connection was closed before the response arrived.");
            }
        }

        return new StartPipelineExecutionResponse { PipelineExecutionArn = execution.Arn };
    }

    public Task<ListPipelineExecutionsResponse> ListPipelineExecutionsAsync(
        ListPipelineExecutionsRequest request,
        CancellationToken cancellationToken = default
    )
    {
        Count(nameof(ListPipelineExecutionsAsync));
        lock (_lock)
        {
            ThrowNextFailure(_listFailures);
            var all = _executions.Where(e => e.Pipeline == request.PipelineName).Reverse().ToList();
            var offset = request.NextToken is null ? 0 : int.Parse(request.NextToken, CultureInfo.InvariantCulture);
            var size = request.MaxResults ?? 100;
            var page = all.Skip(offset).Take(size).Select(e => e.ToSummary()).ToList();
            var next = offset + size < all.Count ? (offset + size).ToString(CultureInfo.InvariantCulture) : null;
            return Task.FromResult(
                new ListPipelineExecutionsResponse { PipelineExecutionSummaries = page, NextToken = next }
            );
        }
    }

    public Task<DescribePipelineExecutionResponse> DescribePipelineExecutionAsync(
        DescribePipelineExecutionRequest request,
        CancellationToken cancellationToken = default
    )
    {
        Count(nameof(DescribePipelineExecutionAsync));
        lock (_lock)
        {
            ThrowNextFailure(_describeFailures);
        }

        var execution = Find(request.PipelineExecutionArn);
        return Task.FromResult(
            new DescribePipelineExecutionResponse
            {
                PipelineExecutionArn = execution.Arn,
                PipelineExecutionStatus = execution.Status,
                FailureReason = execution.FailureReason,
            }
        );
    }

    public Task<ListPipelineExecutionStepsResponse> ListPipelineExecutionStepsAsync(
        ListPipelineExecutionStepsRequest request,
        CancellationToken cancellationToken = default
    )
    {
        Count(nameof(ListPipelineExecutionStepsAsync));
        var execution = Find(request.PipelineExecutionArn!);
        PipelineExecutionStep[] steps =
        [
            new() { StepName = "Prepare", StepStatus = StepStatus.Succeeded },
            new()
            {
                StepName = execution.FailedStep ?? "Train",
                StepStatus = execution.FailedStep is null ? StepStatus.Succeeded : StepStatus.Failed,
                FailureReason = execution.FailedStep is null ? null : execution.FailureReason,
            },
        ];
        return Task.FromResult(new ListPipelineExecutionStepsResponse { PipelineExecutionSteps = steps });
    }

    public Task<StopPipelineExecutionResponse> StopPipelineExecutionAsync(
        StopPipelineExecutionRequest request,
        CancellationToken cancellationToken = default
    )
    {
        Count(nameof(StopPipelineExecutionAsync));
        lock (_lock)
        {
            StopRequests.Add(request);
            Find(request.PipelineExecutionArn).Status = PipelineExecutionStatus.Stopping;
        }

        return Task.FromResult(
            new StopPipelineExecutionResponse { PipelineExecutionArn = request.PipelineExecutionArn }
        );
    }

    public Task<ListPipelinesResponse> ListPipelinesAsync(
        ListPipelinesRequest request,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException();

    public Task<DescribePipelineResponse> DescribePipelineAsync(
        DescribePipelineRequest request,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException();

    public Task<ListPipelineVersionsResponse> ListPipelineVersionsAsync(
        ListPipelineVersionsRequest request,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException();

    public Task<ListPipelineParametersForExecutionResponse> ListPipelineParametersForExecutionAsync(
        ListPipelineParametersForExecutionRequest request,
        CancellationToken cancellationToken = default
    ) => throw new NotSupportedException();

    public static ThrottlingException Throttling() =>
        new("Rate exceeded", "ThrottlingException", "request-1", HttpStatusCode.BadRequest);

    public static ServiceFailureException ServerError() =>
        new("We encountered an internal error.", "InternalFailure", "request-2", HttpStatusCode.InternalServerError);

    public static ValidationException Validation(string message) =>
        new(message, "ValidationException", "request-3", HttpStatusCode.BadRequest);

    private FakeExecution Find(string arn)
    {
        lock (_lock)
        {
            return _executions.FirstOrDefault(e => e.Arn == arn)
                ?? throw new ResourceNotFoundException(
                    $"Execution {arn} does not exist.",
                    "ResourceNotFound",
                    "request-4",
                    HttpStatusCode.BadRequest
                );
        }
    }

    private void Enqueue(Queue<Exception> queue, Exception[] failures)
    {
        lock (_lock)
        {
            foreach (var failure in failures)
            {
                queue.Enqueue(failure);
            }
        }
    }

    private static void ThrowNextFailure(Queue<Exception> queue)
    {
        if (queue.TryDequeue(out var failure))
        {
            throw failure;
        }
    }

    private void Count(string operation) => _calls.AddOrUpdate(operation[..^"Async".Length], 1, (_, n) => n + 1);

    private static string Arn(string pipeline, int index) =>
        $"arn:aws:sagemaker:us-east-1:123456789012:pipeline/{pipeline}/execution/exec{index:D6}";
}

/// <summary>One execution of the fake.</summary>
internal sealed class FakeExecution(string arn, string pipeline, string token, DateTimeOffset startTime)
{
    public string Arn { get; } = arn;

    public string Pipeline { get; } = pipeline;

    public string Token { get; } = token;

    public DateTimeOffset StartTime { get; } = startTime;

    public PipelineExecutionStatus Status { get; set; }

    public string? FailureReason { get; set; }

    public string? FailedStep { get; set; }

    public PipelineExecutionSummary ToSummary() =>
        new()
        {
            PipelineExecutionArn = Arn,
            StartTime = StartTime,
            PipelineExecutionStatus = Status,
            PipelineExecutionFailureReason = FailureReason,
        };
}
