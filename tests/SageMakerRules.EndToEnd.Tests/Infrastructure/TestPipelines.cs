using SageMakerRules.LocalPipelines.Pipelines;

namespace SageMakerRules.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The pipelines the end-to-end tests run against; durations are seconds so tests stay inside the signature skew.
/// </summary>
public static class TestPipelines
{
    /// <summary>Three steps of 10, 30 and 10 seconds; parameters of every type.</summary>
    public const string Retrain = "pump-anomaly-retrain";

    /// <summary>Always fails in its <c>Train</c> step after 20 seconds.</summary>
    public const string AlwaysFails = "always-fails";

    /// <summary>A pipeline with no parameters and no declared steps.</summary>
    public const string Minimal = "minimal";

    /// <summary>Every test pipeline.</summary>
    public static IEnumerable<LocalPipeline> All()
    {
        yield return new LocalPipeline
        {
            Name = Retrain,
            Description = "Retrain the anomaly model",
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
                    Name = "VibrationRms",
                    Type = LocalParameterType.Float,
                    DefaultValue = "0",
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
                new LocalPipelineStep { Name = "Prepare", Duration = TimeSpan.FromSeconds(10) },
                new LocalPipelineStep
                {
                    Name = "Train",
                    Type = "Training",
                    Duration = TimeSpan.FromSeconds(30),
                },
                new LocalPipelineStep
                {
                    Name = "Register",
                    Type = "RegisterModel",
                    Duration = TimeSpan.FromSeconds(10),
                },
            ],
            StopDuration = TimeSpan.FromSeconds(5),
        };

        yield return new LocalPipeline
        {
            Name = AlwaysFails,
            Steps =
            [
                new LocalPipelineStep { Name = "Prepare", Duration = TimeSpan.FromSeconds(10) },
                new LocalPipelineStep
                {
                    Name = "Train",
                    Type = "Training",
                    Duration = TimeSpan.FromSeconds(10),
                },
            ],
            FailureProbability = 1,
            FailureStep = "Train",
            FailureReason = "AlgorithmError: loss diverged",
        };

        yield return new LocalPipeline { Name = Minimal, Duration = TimeSpan.FromSeconds(30) };
    }
}
