using Microsoft.Extensions.Logging;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.LocalPipelines.Protocol;

namespace SageMakerRules.LocalPipelines.Executions;

/// <summary>
/// The endpoint's state: pipelines, executions and the idempotency tokens they were started with. Every method takes
/// the one lock, so operations see a consistent state; statuses are computed from the clock when read.
/// </summary>
internal sealed partial class PipelineStore(
    TimeProvider clock,
    string region,
    string accountId,
    int maxConcurrentExecutions,
    ILogger logger
)
{
    private readonly Lock _lock = new();

    private readonly Dictionary<string, PipelineRecord> _pipelines = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, ExecutionRecord> _executions = new(StringComparer.Ordinal);

    private readonly Dictionary<string, ExecutionRecord> _startTokens = new(StringComparer.Ordinal);

    public TimeProvider Clock => clock;

    public string AccountId => accountId;

    public string PipelineArnPrefix => $"arn:aws:sagemaker:{region}:{accountId}:pipeline/";

    public PipelineRecord AddPipeline(LocalPipeline pipeline, string? definitionJson = null, string? createToken = null)
    {
        if (LocalPipelineValidator.Validate(pipeline) is [var first, ..])
        {
            throw ApiException.Validation(first);
        }

        lock (_lock)
        {
            if (_pipelines.TryGetValue(pipeline.Name, out var existing))
            {
                return createToken is not null && existing.CreateToken == createToken
                    ? existing
                    : throw ApiException.Validation(
                        $"Pipeline names must be unique within an AWS account and region. Pipeline with name "
                            + $"({pipeline.Name}) already exists."
                    );
            }

            var record = new PipelineRecord(
                pipeline,
                PipelineArnPrefix + pipeline.Name.ToLowerInvariant(),
                definitionJson ?? PipelineDefinitionWriter.Write(pipeline),
                clock.GetUtcNow()
            )
            {
                CreateToken = createToken,
            };
            _pipelines.Add(pipeline.Name, record);
            Log.PipelineAdded(logger, pipeline.Name, pipeline.Parameters.Count, record.Steps.Count);

            return record;
        }
    }

    public PipelineRecord FindPipeline(string nameOrArn)
    {
        lock (_lock)
        {
            return FindPipelineLocked(nameOrArn);
        }
    }

    public IReadOnlyList<PipelineRecord> Pipelines()
    {
        lock (_lock)
        {
            return [.. _pipelines.Values];
        }
    }

    private PipelineRecord FindPipelineLocked(string nameOrArn)
    {
        var name = nameOrArn;

        if (nameOrArn.StartsWith("arn:", StringComparison.Ordinal))
        {
            name = nameOrArn.StartsWith(PipelineArnPrefix, StringComparison.Ordinal)
                ? nameOrArn[PipelineArnPrefix.Length..]
                : string.Empty;
        }

        return _pipelines.TryGetValue(name, out var record)
            ? record
            : throw ApiException.NotFound($"Pipeline '{PipelineArnPrefix}{name.ToLowerInvariant()}' does not exist.");
    }
}
