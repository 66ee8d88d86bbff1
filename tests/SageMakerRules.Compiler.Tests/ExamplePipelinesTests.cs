using SageMakerRules.LocalPipelines.Configuration;

namespace SageMakerRules.Compiler.Tests;

public sealed class ExamplePipelinesTests : IClassFixture<PumpMonitoringRules>
{
    private readonly PumpMonitoringRules _rules;

    public ExamplePipelinesTests(PumpMonitoringRules rules) => _rules = rules;

    [Fact]
    public void Load_PumpMonitoringPipelinesFile_DeclaresThreePipelines()
    {
        var configuration = LocalPipelinesFile.Load(Path.Combine(RepositoryFiles.PumpMonitoring, "pipelines.yaml"));

        Assert.Equal(
            ["pump-anomaly-retrain", "pump-bearing-scoring", "pump-batch-scoring"],
            configuration.Pipelines.Select(pipeline => pipeline.Name)
        );
    }

    [Fact]
    public void Load_PumpMonitoringPipelinesFile_DeclaresEveryParameterTheRulesSet()
    {
        var configuration = LocalPipelinesFile.Load(Path.Combine(RepositoryFiles.PumpMonitoring, "pipelines.yaml"));

        foreach (var rule in _rules.Result.Rules)
        {
            var pipeline = Assert.Single(configuration.Pipelines, p => p.Name == rule.Pipeline.Name);
            var declared = pipeline.Parameters.Select(parameter => parameter.Name).ToHashSet(StringComparer.Ordinal);
            Assert.All(rule.ParameterNames, name => Assert.Contains(name, declared));
        }
    }
}
