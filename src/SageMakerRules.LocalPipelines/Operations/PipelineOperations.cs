using System.Text.Json;
using SageMakerRules.LocalPipelines.Executions;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Operations;

/// <summary>ListPipelines, DescribePipeline, ListPipelineVersions and CreatePipeline.</summary>
internal sealed class PipelineOperations(PipelineStore store)
{
    public void Register(IDictionary<string, Operation> operations)
    {
        operations["ListPipelines"] = ListPipelines;
        operations["DescribePipeline"] = DescribePipeline;
        operations["ListPipelineVersions"] = ListPipelineVersions;
        operations["CreatePipeline"] = CreatePipeline;
    }

    private void ListPipelines(RequestReader request, Utf8JsonWriter response)
    {
        var prefix = request.String("PipelineNamePrefix") ?? string.Empty;
        var after = request.Timestamp("CreatedAfter");
        var before = request.Timestamp("CreatedBefore");
        var byName = Sorting.SortBy(request, "CreationTime", "Name", "CreationTime") == "Name";
        var matching = store
            .Pipelines()
            .Where(p => p.Definition.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Where(p => (after is null || p.CreationTime > after) && (before is null || p.CreationTime < before));
        var sorted = byName
            ? Sorting.Order(matching, p => p.Definition.Name.ToLowerInvariant(), Sorting.Descending(request))
            : Sorting.Order(matching, p => p.CreationTime, Sorting.Descending(request));
        var page = Pagination.Page(sorted, request, "ListPipelines", out var nextToken);

        response.WriteStartArray("PipelineSummaries");

        foreach (var pipeline in page)
        {
            PipelineWriter.WriteSummary(response, pipeline, store.AccountId);
        }

        response.WriteEndArray();
        response.WriteNextToken(nextToken);
    }

    private void DescribePipeline(RequestReader request, Utf8JsonWriter response)
    {
        var pipeline = store.FindPipeline(request.RequiredString("PipelineName"));
        CheckVersion(pipeline, request.Long("PipelineVersionId"));
        var definition = pipeline.Definition;

        response.WriteString("PipelineArn", pipeline.Arn);
        response.WriteString("PipelineName", definition.Name);
        response.WriteString("PipelineDisplayName", definition.DisplayName ?? definition.Name);
        response.WriteString("PipelineDefinition", pipeline.DefinitionJson);
        response.WriteOptionalString("PipelineDescription", definition.Description);
        response.WriteString("RoleArn", PipelineWriter.RoleArn(pipeline, store.AccountId));
        response.WriteString("PipelineStatus", "Active");
        response.WriteTimestamp("CreationTime", pipeline.CreationTime);
        response.WriteTimestamp("LastModifiedTime", pipeline.CreationTime);
        response.WriteOptionalTimestamp("LastRunTime", pipeline.LastExecutionTime);
        response.WriteNumber("PipelineVersionId", 1);
    }

    private void ListPipelineVersions(RequestReader request, Utf8JsonWriter response)
    {
        var pipeline = store.FindPipeline(request.RequiredString("PipelineName"));
        var after = request.Timestamp("CreatedAfter");
        var before = request.Timestamp("CreatedBefore");
        Sorting.Descending(request);
        var versions =
            (after is null || pipeline.CreationTime > after) && (before is null || pipeline.CreationTime < before)
                ? new[] { pipeline }
                : [];
        var page = Pagination.Page(versions, request, "ListPipelineVersions", out var nextToken);
        var last = store.Executions(pipeline).LastOrDefault();

        response.WriteStartArray("PipelineVersionSummaries");

        foreach (var version in page)
        {
            response.WriteStartObject();
            response.WriteString("PipelineArn", version.Arn);
            response.WriteNumber("PipelineVersionId", 1);
            response.WriteTimestamp("CreationTime", version.CreationTime);
            response.WriteOptionalString("LastExecutionPipelineExecutionArn", last?.Arn);
            response.WriteEndObject();
        }

        response.WriteEndArray();
        response.WriteNextToken(nextToken);
    }

    private void CreatePipeline(RequestReader request, Utf8JsonWriter response)
    {
        var name = request.RequiredString("PipelineName");
        var token = RequestConstraints.Length(
            request.RequiredString("ClientRequestToken"),
            "clientRequestToken",
            32,
            128
        );
        var roleArn = RequestConstraints.Length(request.RequiredString("RoleArn"), "roleArn", 20, 2048);

        if (request.Object("PipelineDefinitionS3Location") is not null)
        {
            throw ApiException.Validation(
                "The local endpoint cannot read PipelineDefinitionS3Location; "
                    + "send the definition in PipelineDefinition."
            );
        }

        var definitionJson = RequestConstraints.Length(
            request.RequiredString("PipelineDefinition"),
            "pipelineDefinition",
            1,
            1_048_576
        )!;
        var pipeline = PipelineDefinitionReader.Read(
            name,
            definitionJson,
            request.String("PipelineDisplayName"),
            RequestConstraints.Length(request.String("PipelineDescription"), "pipelineDescription", 0, 3072),
            roleArn
        );
        var record = store.AddPipeline(pipeline, definitionJson, token);

        response.WriteString("PipelineArn", record.Arn);
    }

    private static void CheckVersion(PipelineRecord pipeline, long? versionId)
    {
        if (versionId is { } id && id != 1)
        {
            throw ApiException.NotFound($"Pipeline version {id} of pipeline '{pipeline.Arn}' does not exist.");
        }
    }
}
