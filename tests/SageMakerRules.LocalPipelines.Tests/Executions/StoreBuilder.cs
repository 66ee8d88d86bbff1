using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SageMakerRules.LocalPipelines.Executions;
using SageMakerRules.LocalPipelines.Pipelines;

namespace SageMakerRules.LocalPipelines.Tests.Executions;

/// <summary>Builds a store on a fake clock with a three-step pipeline, and start requests for it.</summary>
internal static class StoreBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

    public static LocalPipeline Pipeline(double failureProbability = 0, string? failureStep = null) =>
        new()
        {
            Name = "pump-retrain",
            Parameters =
            [
                new LocalPipelineParameter { Name = "AssetId", DefaultValue = "pump-0" },
                new LocalPipelineParameter
                {
                    Name = "Epochs",
                    Type = LocalParameterType.Integer,
                    DefaultValue = "10",
                },
                new LocalPipelineParameter
                {
                    Name = "Rate",
                    Type = LocalParameterType.Float,
                    DefaultValue = "0.5",
                },
                new LocalPipelineParameter
                {
                    Name = "Full",
                    Type = LocalParameterType.Boolean,
                    DefaultValue = "false",
                },
            ],
            Steps =
            [
                new LocalPipelineStep { Name = "Prepare", Duration = TimeSpan.FromMinutes(1) },
                new LocalPipelineStep
                {
                    Name = "Train",
                    Type = "Training",
                    Duration = TimeSpan.FromMinutes(3),
                },
                new LocalPipelineStep
                {
                    Name = "Register",
                    Type = "RegisterModel",
                    Duration = TimeSpan.FromMinutes(1),
                },
            ],
            StopDuration = TimeSpan.FromSeconds(20),
            FailureProbability = failureProbability,
            FailureStep = failureStep,
            FailureSeed = 7,
        };

    public static PipelineStore Store(FakeTimeProvider clock, LocalPipeline? pipeline = null, int limit = 20)
    {
        var store = new PipelineStore(clock, "us-east-1", "000000000000", limit, NullLogger.Instance);
        store.AddPipeline(pipeline ?? Pipeline());

        return store;
    }

    public static StartRequest Request(string token, params (string Name, string Value)[] parameters) =>
        new(
            "pump-retrain",
            null,
            null,
            [.. parameters.Select(p => new KeyValuePair<string, string>(p.Name, p.Value))],
            token.PadRight(32, '0'),
            null,
            null
        );
}
