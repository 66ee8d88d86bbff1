using System.Text.Json;
using SageMakerRules.LocalPipelines.Executions;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Operations;

/// <summary>Writes the pipeline shapes shared by several responses.</summary>
internal static class PipelineWriter
{
    public const string LocalRoleArnFormat = "arn:aws:iam::{0}:role/LocalPipelinesExecutionRole";

    public static void WriteSummary(Utf8JsonWriter writer, PipelineRecord pipeline, string accountId)
    {
        writer.WriteStartObject();
        writer.WriteString("PipelineArn", pipeline.Arn);
        writer.WriteString("PipelineName", pipeline.Definition.Name);
        writer.WriteString("PipelineDisplayName", pipeline.Definition.DisplayName ?? pipeline.Definition.Name);
        writer.WriteOptionalString("PipelineDescription", pipeline.Definition.Description);
        writer.WriteString("RoleArn", RoleArn(pipeline, accountId));
        writer.WriteTimestamp("CreationTime", pipeline.CreationTime);
        writer.WriteTimestamp("LastModifiedTime", pipeline.CreationTime);
        writer.WriteOptionalTimestamp("LastExecutionTime", pipeline.LastExecutionTime);
        writer.WriteEndObject();
    }

    public static string RoleArn(PipelineRecord pipeline, string accountId) =>
        pipeline.Definition.RoleArn
        ?? string.Format(System.Globalization.CultureInfo.InvariantCulture, LocalRoleArnFormat, accountId);
}
