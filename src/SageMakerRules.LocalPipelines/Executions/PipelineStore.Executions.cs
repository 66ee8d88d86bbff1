using System.Security.Cryptography;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Executions;

internal sealed partial class PipelineStore
{
    private const string ExecutionIdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>Starts an execution, or returns the one an earlier request with the same token started.</summary>
    public ExecutionRecord StartExecution(StartRequest request, out bool created)
    {
        lock (_lock)
        {
            var pipeline = FindPipelineLocked(request.PipelineNameOrArn);
            var fingerprint = request.Fingerprint(pipeline.Arn);

            if (_startTokens.TryGetValue(request.ClientRequestToken, out var earlier))
            {
                created = false;

                return earlier.RequestFingerprint == fingerprint
                    ? earlier
                    : throw new ApiException(
                        ErrorCodes.Conflict,
                        "The ClientRequestToken was already used by a request with different parameters "
                            + $"(execution {earlier.Arn}). Use a new token for a different request."
                    );
            }

            CheckVersion(pipeline, request.PipelineVersionId);
            var parameters = ParameterBinder.Bind(pipeline, request.Parameters);
            CheckConcurrencyLimit();
            var execution = CreateExecution(pipeline, request, parameters, fingerprint);
            created = true;

            return execution;
        }
    }

    public ExecutionRecord FindExecution(string arn)
    {
        lock (_lock)
        {
            return FindExecutionLocked(arn);
        }
    }

    public IReadOnlyList<ExecutionRecord> Executions(PipelineRecord pipeline)
    {
        lock (_lock)
        {
            return [.. pipeline.Executions];
        }
    }

    /// <summary>Asks an execution to stop; a repeated request with the same token is answered again.</summary>
    public ExecutionRecord StopExecution(string arn, string token)
    {
        lock (_lock)
        {
            var execution = FindExecutionLocked(arn);
            var now = clock.GetUtcNow();

            if (execution.StopToken == token)
            {
                return execution;
            }

            if (execution.Snapshot(now).Status != ExecutionStatus.Executing)
            {
                throw ApiException.Validation("Only pipelines with 'Executing' status can be stopped");
            }

            execution.RequestStop(now, token);
            Log.ExecutionStopRequested(logger, execution.Arn);

            return execution;
        }
    }

    private ExecutionRecord FindExecutionLocked(string arn) =>
        _executions.TryGetValue(arn, out var execution)
            ? execution
            : throw ApiException.NotFound($"Pipeline execution '{arn}' does not exist.");

    private static void CheckVersion(PipelineRecord pipeline, long? versionId)
    {
        if (versionId is { } id && id != 1)
        {
            throw ApiException.NotFound($"Pipeline version {id} of pipeline '{pipeline.Arn}' does not exist.");
        }
    }

    private void CheckConcurrencyLimit()
    {
        var now = clock.GetUtcNow();
        var running = _executions.Values.Count(execution => execution.Snapshot(now).IsRunning);

        if (running >= maxConcurrentExecutions)
        {
            Log.ConcurrencyLimitReached(logger, running, maxConcurrentExecutions);

            throw new ApiException(
                ErrorCodes.ResourceLimitExceeded,
                "The account-level service limit 'Maximum number of concurrent pipeline executions' is "
                    + $"{maxConcurrentExecutions} executions, with current utilization of {running} executions and a "
                    + "request delta of 1 executions. Please use AWS Service Quotas to request an increase for this "
                    + "quota."
            );
        }
    }

    private ExecutionRecord CreateExecution(
        PipelineRecord pipeline,
        StartRequest request,
        IReadOnlyList<KeyValuePair<string, string>> parameters,
        string fingerprint
    )
    {
        var now = clock.GetUtcNow();
        var steps = StepPlan.Lay(pipeline.Steps, pipeline.Definition.Duration, now);
        var failing = DrawFailingStep(pipeline);
        var execution = new ExecutionRecord
        {
            Arn = $"{pipeline.Arn}/execution/{RandomNumberGenerator.GetString(ExecutionIdAlphabet, 12)}",
            Pipeline = pipeline,
            DisplayName = request.DisplayName ?? $"execution-{now.ToUnixTimeMilliseconds()}",
            Description = request.Description,
            CreationTime = now,
            Parameters = parameters,
            ClientRequestToken = request.ClientRequestToken,
            RequestFingerprint = fingerprint,
            MaxParallelExecutionSteps = request.MaxParallelExecutionSteps,
            Steps = steps,
            FailingStep = failing,
            FailingStepReason = failing is { } index ? FailureReason(pipeline, index) : null,
        };
        pipeline.Executions.Add(execution);
        pipeline.LastExecution = execution;
        _executions.Add(execution.Arn, execution);
        _startTokens.Add(request.ClientRequestToken, execution);
        Log.ExecutionStarted(logger, pipeline.Definition.Name, execution.Arn, failing is not null);

        return execution;
    }

    private static int? DrawFailingStep(PipelineRecord pipeline)
    {
        var definition = pipeline.Definition;

        if (definition.FailureProbability <= 0 || pipeline.FailureRandom.NextDouble() >= definition.FailureProbability)
        {
            return null;
        }

        return definition.FailureStep is { } name
            ? pipeline.Steps.Select(step => step.Name).ToList().IndexOf(name)
            : pipeline.FailureRandom.Next(pipeline.Steps.Count);
    }

    private static string FailureReason(PipelineRecord pipeline, int index) =>
        pipeline.Definition.FailureReason
        ?? $"ClientError: Simulated failure of step '{pipeline.Steps[index].Name}' (local endpoint).";
}
