using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Telemetry;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Monitoring;

internal sealed partial class ExecutionMonitor
{
    private async Task ApplyAsync(
        WatchedExecution watched,
        PipelineExecutionStatus status,
        string? failureReason,
        CancellationToken cancellationToken
    )
    {
        watched.LastRefreshedAt = Now;
        switch (status)
        {
            case PipelineExecutionStatus.Succeeded:
                await EndAsync(watched, new ExecutionEnd(CompletionStatus.Succeeded, Now, null, null));
                break;
            case PipelineExecutionStatus.Stopped:
                await EndAsync(watched, new ExecutionEnd(CompletionStatus.Stopped, Now, failureReason, null));
                break;
            case PipelineExecutionStatus.Failed:
                var (step, reason) = await FindFailedStepAsync(watched, failureReason, cancellationToken);
                await EndAsync(watched, new ExecutionEnd(CompletionStatus.Failed, Now, reason, step));
                break;
        }
    }

    private async Task<(string? Step, string? Reason)> FindFailedStepAsync(
        WatchedExecution watched,
        string? executionReason,
        CancellationToken cancellationToken
    )
    {
        try
        {
            var request = new ListPipelineExecutionStepsRequest { PipelineExecutionArn = watched.ExecutionArn };
            var steps = await client.ListPipelineExecutionStepsAsync(request, cancellationToken);
            var failed = steps.PipelineExecutionSteps.FirstOrDefault(step => step.StepStatus == StepStatus.Failed);
            return (failed?.StepName, failed?.FailureReason ?? executionReason);
        }
        catch (Exception exception) when (IsCallFailure(exception, cancellationToken))
        {
            ReportRefreshFailure(watched.Pending.PipelineName, exception);
            return (null, executionReason);
        }
    }

    private async Task EndTimedOutAsync(List<WatchedExecution> targets, CancellationToken cancellationToken)
    {
        foreach (var watched in targets)
        {
            var monitor = watched.Pending.Monitor;
            if (
                monitor.Timeout is not { } timeout
                || Now < watched.Pending.TriggeredAt + timeout
                || !IsWatched(watched)
            )
            {
                continue;
            }

            var stopped = monitor.StopOnTimeout && await TryStopAsync(watched, cancellationToken);
            var reason = RunnerMessages.TimedOut(timeout, stopped);
            await EndAsync(watched, new ExecutionEnd(CompletionStatus.TimedOut, Now, reason, null));
        }
    }

    private async Task<bool> TryStopAsync(WatchedExecution watched, CancellationToken cancellationToken)
    {
        var request = new StopPipelineExecutionRequest
        {
            PipelineExecutionArn = watched.ExecutionArn,
            ClientRequestToken = IdempotencyToken.ForStop(watched.Pending.Token),
        };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.StopPipelineExecutionAsync(request, cancellationToken);
                return true;
            }
            catch (ConflictException) when (attempt < 5)
            {
                // SageMaker refuses a stop while the execution moves between steps; it settles within moments.
                await Task.Delay(TimeSpan.FromMilliseconds(300), timeProvider, cancellationToken);
            }
            catch (Exception exception) when (IsCallFailure(exception, cancellationToken))
            {
                RunLog.StopFailed(logger, watched.ExecutionArn, ExecutionStarter.CodeOf(exception));
                return false;
            }
        }
    }

    private bool IsWatched(WatchedExecution watched)
    {
        lock (_watches)
        {
            return _watches.TryGetValue(watched.Pending.PipelineName, out var watch)
                && watch.Executions.ContainsKey(watched.ExecutionArn);
        }
    }

    private async Task EndAsync(WatchedExecution watched, ExecutionEnd end)
    {
        lock (_watches)
        {
            if (
                !_watches.TryGetValue(watched.Pending.PipelineName, out var watch)
                || !watch.Executions.Remove(watched.ExecutionArn)
            )
            {
                return;
            }
        }

        await onEnded(watched.Pending, end);
    }
}
