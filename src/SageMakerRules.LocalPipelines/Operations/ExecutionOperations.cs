using System.Text.Json;
using SageMakerRules.LocalPipelines.Executions;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Operations;

/// <summary>
/// StartPipelineExecution, DescribePipelineExecution, StopPipelineExecution and ListPipelineExecutions; the execution
/// detail lists are in <see cref="ExecutionDetailOperations"/>.
/// </summary>
internal sealed class ExecutionOperations(PipelineStore store)
{
    public void Register(IDictionary<string, Operation> operations)
    {
        operations["StartPipelineExecution"] = StartPipelineExecution;
        operations["DescribePipelineExecution"] = DescribePipelineExecution;
        operations["StopPipelineExecution"] = StopPipelineExecution;
        operations["ListPipelineExecutions"] = ListPipelineExecutions;
    }

    private void StartPipelineExecution(RequestReader request, Utf8JsonWriter response)
    {
        var execution = store.StartExecution(StartRequestReader.Read(request), out _);

        response.WriteString("PipelineExecutionArn", execution.Arn);
    }

    private void DescribePipelineExecution(RequestReader request, Utf8JsonWriter response)
    {
        var execution = store.FindExecution(request.RequiredString("PipelineExecutionArn"));
        var snapshot = execution.Snapshot(store.Clock.GetUtcNow());

        response.WriteString("PipelineArn", execution.Pipeline.Arn);
        response.WriteString("PipelineExecutionArn", execution.Arn);
        response.WriteString("PipelineExecutionDisplayName", execution.DisplayName);
        response.WriteString("PipelineExecutionStatus", snapshot.Status);
        response.WriteOptionalString("PipelineExecutionDescription", execution.Description);
        response.WriteStartObject("PipelineExperimentConfig");
        response.WriteString("ExperimentName", execution.Pipeline.Definition.Name);
        response.WriteString("TrialName", execution.Arn[(execution.Arn.LastIndexOf('/') + 1)..]);
        response.WriteEndObject();
        response.WriteOptionalString("FailureReason", snapshot.FailureReason);
        response.WriteTimestamp("CreationTime", execution.CreationTime);
        response.WriteTimestamp("LastModifiedTime", snapshot.LastModifiedTime);

        if (execution.MaxParallelExecutionSteps is { } parallelism)
        {
            response.WriteStartObject("ParallelismConfiguration");
            response.WriteNumber("MaxParallelExecutionSteps", parallelism);
            response.WriteEndObject();
        }

        response.WriteNumber("PipelineVersionId", execution.PipelineVersionId);
    }

    private void StopPipelineExecution(RequestReader request, Utf8JsonWriter response)
    {
        var arn = request.RequiredString("PipelineExecutionArn");
        var token = RequestConstraints.Length(
            request.RequiredString("ClientRequestToken"),
            "clientRequestToken",
            32,
            128
        )!;
        var execution = store.StopExecution(arn, token);

        response.WriteString("PipelineExecutionArn", execution.Arn);
    }

    private void ListPipelineExecutions(RequestReader request, Utf8JsonWriter response)
    {
        var pipeline = store.FindPipeline(request.RequiredString("PipelineName"));
        var after = request.Timestamp("CreatedAfter");
        var before = request.Timestamp("CreatedBefore");
        var byArn = Sorting.SortBy(request, "CreationTime", "CreationTime", "PipelineExecutionArn") != "CreationTime";
        var descending = Sorting.Descending(request);
        var matching = store
            .Executions(pipeline)
            .Where(e => (after is null || e.CreationTime > after) && (before is null || e.CreationTime < before));
        var sorted = byArn
            ? Sorting.Order(matching, e => e.Arn, descending)
            : Sorting.Order(matching, e => e.CreationTime, descending);
        var page = Pagination.Page(sorted, request, "ListPipelineExecutions", out var nextToken);
        var now = store.Clock.GetUtcNow();

        response.WriteStartArray("PipelineExecutionSummaries");

        foreach (var execution in page)
        {
            var snapshot = execution.Snapshot(now);
            response.WriteStartObject();
            response.WriteString("PipelineExecutionArn", execution.Arn);
            response.WriteTimestamp("StartTime", execution.CreationTime);
            response.WriteString("PipelineExecutionStatus", snapshot.Status);
            response.WriteOptionalString("PipelineExecutionDescription", execution.Description);
            response.WriteString("PipelineExecutionDisplayName", execution.DisplayName);
            response.WriteOptionalString("PipelineExecutionFailureReason", snapshot.FailureReason);
            response.WriteEndObject();
        }

        response.WriteEndArray();
        response.WriteNextToken(nextToken);
    }
}
