using SageMakerRules.LocalPipelines.Pipelines;

namespace SageMakerRules.LocalPipelines.Executions;

/// <summary>
/// A pipeline as the endpoint stores it: the declaration, its ARN, its definition text and its executions.
/// </summary>
internal sealed class PipelineRecord
{
    public PipelineRecord(LocalPipeline definition, string arn, string definitionJson, DateTimeOffset creationTime)
    {
        Definition = definition;
        Arn = arn;
        DefinitionJson = definitionJson;
        CreationTime = creationTime;
        FailureRandom = new Random(definition.FailureSeed);
        Steps = definition.Steps.Count > 0 ? [.. definition.Steps] : [new LocalPipelineStep { Name = "Execute" }];
    }

    public LocalPipeline Definition { get; }

    public string Arn { get; }

    public string DefinitionJson { get; }

    public DateTimeOffset CreationTime { get; }

    /// <summary>The steps executions run: the declared ones, or a single <c>Execute</c> step.</summary>
    public IReadOnlyList<LocalPipelineStep> Steps { get; }

    /// <summary>Decides, in start order, which executions fail.</summary>
    public Random FailureRandom { get; }

    public string? CreateToken { get; init; }

    public List<ExecutionRecord> Executions { get; } = [];

    /// <summary>
    /// The latest execution; set under the store's lock, read without it (a reference write is atomic).
    /// </summary>
    public ExecutionRecord? LastExecution { get; set; }

    public DateTimeOffset? LastExecutionTime => LastExecution?.CreationTime;
}
