using System.Text.Json;
using SageMakerRules.LocalPipelines.Executions;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Operations;

/// <summary>ListPipelineExecutionSteps and ListPipelineParametersForExecution.</summary>
internal sealed class ExecutionDetailOperations(PipelineStore store)
{
    public void Register(IDictionary<string, Operation> operations)
    {
        operations["ListPipelineExecutionSteps"] = ListPipelineExecutionSteps;
        operations["ListPipelineParametersForExecution"] = ListPipelineParametersForExecution;
    }

    private void ListPipelineExecutionSteps(RequestReader request, Utf8JsonWriter response)
    {
        var execution = store.FindExecution(request.RequiredString("PipelineExecutionArn"));
        var snapshot = execution.Snapshot(store.Clock.GetUtcNow());
        var sorted = Sorting.Order(snapshot.Steps, step => step.StartTime, Sorting.Descending(request));
        var page = Pagination.Page(sorted, request, "ListPipelineExecutionSteps", out var nextToken);

        response.WriteStartArray("PipelineExecutionSteps");

        foreach (var step in page)
        {
            WriteStep(response, step);
        }

        response.WriteEndArray();
        response.WriteNextToken(nextToken);
    }

    private void ListPipelineParametersForExecution(RequestReader request, Utf8JsonWriter response)
    {
        var execution = store.FindExecution(request.RequiredString("PipelineExecutionArn"));
        var page = Pagination.Page(
            execution.Parameters,
            request,
            "ListPipelineParametersForExecution",
            out var nextToken
        );

        response.WriteStartArray("PipelineParameters");

        foreach (var (name, value) in page)
        {
            response.WriteStartObject();
            response.WriteString("Name", name);
            response.WriteString("Value", value);
            response.WriteEndObject();
        }

        response.WriteEndArray();
        response.WriteNextToken(nextToken);
    }

    private static void WriteStep(Utf8JsonWriter response, StepSnapshot step)
    {
        response.WriteStartObject();
        response.WriteString("StepName", step.Name);
        response.WriteString("StepDisplayName", step.Name);
        response.WriteTimestamp("StartTime", step.StartTime);
        response.WriteOptionalTimestamp("EndTime", step.EndTime);
        response.WriteString("StepStatus", step.Status);
        response.WriteOptionalString("FailureReason", step.FailureReason);
        response.WriteNumber("AttemptCount", 1);
        response.WriteStartObject("Metadata");
        response.WriteEndObject();
        response.WriteEndObject();
    }
}
