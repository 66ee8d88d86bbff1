using SageMakerRules.Agent.Execution;
using SageMakerRules.Agent.Telemetry;
using SageMakerRules.SageMaker;

namespace SageMakerRules.Agent.Monitoring;

internal sealed partial class ExecutionMonitor
{
    /// <summary>The most executions a list page holds.</summary>
    public const int PageSize = 100;

    /// <summary>The most describes in one refresh of a pipeline; the least recently refreshed go first.</summary>
    public const int MaxDescribesPerRefresh = 100;

    /// <summary>
    /// How much older than our oldest execution a listed one may be before listing stops (clock skew).
    /// </summary>
    private static readonly TimeSpan ListingSkew = TimeSpan.FromMinutes(15);

    private async Task RefreshAsync(PipelineWatch watch, CancellationToken cancellationToken)
    {
        List<WatchedExecution> targets;
        lock (_watches)
        {
            targets = [.. watch.Executions.Values];
        }

        var remaining = targets.ToDictionary(target => target.ExecutionArn, StringComparer.Ordinal);
        int pages;
        int describes;
        try
        {
            pages = await ListAsync(watch.PipelineName, targets, remaining, cancellationToken);
            describes = await DescribeAsync(remaining, cancellationToken);
            await EndTimedOutAsync(targets, cancellationToken);
        }
        finally
        {
            // Whatever escapes (a broken connection, say) waits for the next poll instead of being retried at once by
            // the loop, over and over.
            Reschedule(watch);
        }

        RunLog.PipelineRefreshed(logger, watch.PipelineName, targets.Count, pages, describes);
    }

    private async Task<int> ListAsync(
        string pipelineName,
        List<WatchedExecution> targets,
        Dictionary<string, WatchedExecution> remaining,
        CancellationToken cancellationToken
    )
    {
        var budget = ((targets.Count + PageSize - 1) / PageSize) + 1;
        var oldest = targets.Min(target => target.Pending.TriggeredAt) - ListingSkew;
        var pages = 0;
        string? nextToken = null;
        try
        {
            do
            {
                var page = await client.ListPipelineExecutionsAsync(Page(pipelineName, nextToken), cancellationToken);
                pages++;
                foreach (var summary in page.PipelineExecutionSummaries)
                {
                    if (summary.PipelineExecutionArn is { } arn && remaining.Remove(arn, out var watched))
                    {
                        await ApplyAsync(
                            watched,
                            summary.PipelineExecutionStatus,
                            summary.PipelineExecutionFailureReason,
                            cancellationToken
                        );
                    }
                }

                nextToken = page.NextToken;
                var last = page.PipelineExecutionSummaries.LastOrDefault()?.StartTime;
                if (last < oldest)
                {
                    break;
                }
            } while (remaining.Count > 0 && nextToken is not null && pages < budget);
        }
        catch (Exception exception) when (IsCallFailure(exception, cancellationToken))
        {
            ReportRefreshFailure(pipelineName, exception);
            if (exception is not ResourceNotFoundException)
            {
                // Describing every execution one by one would cost far more than waiting for the next round.
                remaining.Clear();
            }
        }

        return pages;
    }

    private static ListPipelineExecutionsRequest Page(string pipelineName, string? nextToken) =>
        new()
        {
            PipelineName = pipelineName,
            SortBy = PipelineExecutionSortBy.CreationTime,
            SortOrder = SortOrder.Descending,
            MaxResults = PageSize,
            NextToken = nextToken,
        };

    private async Task<int> DescribeAsync(
        Dictionary<string, WatchedExecution> remaining,
        CancellationToken cancellationToken
    )
    {
        var batch = remaining.Values.OrderBy(watched => watched.LastRefreshedAt).Take(MaxDescribesPerRefresh).ToList();
        foreach (var watched in batch)
        {
            try
            {
                var request = new DescribePipelineExecutionRequest { PipelineExecutionArn = watched.ExecutionArn };
                var execution = await client.DescribePipelineExecutionAsync(request, cancellationToken);
                await ApplyAsync(
                    watched,
                    execution.PipelineExecutionStatus,
                    execution.FailureReason,
                    cancellationToken
                );
            }
            catch (ResourceNotFoundException exception)
            {
                var reason = $"SageMaker no longer knows the execution ({exception.Message}).";
                await EndAsync(watched, new ExecutionEnd(CompletionStatus.Failed, Now, reason, null));
            }
            catch (Exception exception) when (IsCallFailure(exception, cancellationToken))
            {
                ReportRefreshFailure(watched.Pending.PipelineName, exception);
            }
        }

        return batch.Count;
    }

    private void Reschedule(PipelineWatch watch)
    {
        lock (_watches)
        {
            if (watch.Executions.Count == 0)
            {
                _watches.Remove(watch.PipelineName);
                return;
            }

            watch.NextPollAt = Now + watch.Interval;
        }
    }

    private DateTimeOffset Now => timeProvider.GetUtcNow();
}
