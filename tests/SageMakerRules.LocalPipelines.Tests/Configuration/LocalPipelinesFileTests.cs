using SageMakerRules.LocalPipelines.Configuration;
using SageMakerRules.LocalPipelines.Pipelines;

namespace SageMakerRules.LocalPipelines.Tests.Configuration;

public sealed class LocalPipelinesFileTests
{
    private const string Yaml = """
        pipelines:
          - name: pump-anomaly-retrain
            displayName: Pump anomaly retrain
            description: Retrains the pump model
            duration: 10m
            stopDuration: 30s
            failure: { probability: 0.25, seed: 42, step: Train, reason: "AlgorithmError: loss diverged" }
            parameters:
              - { name: AssetId, type: String, default: pump-1 }
              - { name: Epochs, type: Integer, default: 10 }
              - { name: Threshold, type: Float, default: 7.1 }
              - { name: Full, type: Boolean }
            steps:
              - { name: Prepare, type: Processing, duration: 2m }
              - { name: Train, type: Training }
        faults:
          StartPipelineExecution: { throttleRate: 0.1, latency: 250ms, dropResponseNext: 1 }
        faultSeed: 9
        """;

    [Fact]
    public void Parse_CompleteYaml_ReadsEveryValue()
    {
        var configuration = LocalPipelinesFile.Parse(Yaml, "pipelines.yaml");
        var pipeline = Assert.Single(configuration.Pipelines);

        Assert.Equal("pump-anomaly-retrain", pipeline.Name);
        Assert.Equal(TimeSpan.FromMinutes(10), pipeline.Duration);
        Assert.Equal(TimeSpan.FromSeconds(30), pipeline.StopDuration);
        Assert.Equal((0.25, 42, "Train"), (pipeline.FailureProbability, pipeline.FailureSeed, pipeline.FailureStep));
        Assert.Equal("AlgorithmError: loss diverged", pipeline.FailureReason);
        Assert.Equal(
            ["AssetId:String:pump-1", "Epochs:Integer:10", "Threshold:Float:7.1", "Full:Boolean:"],
            pipeline.Parameters.Select(p => $"{p.Name}:{p.Type}:{p.DefaultValue}")
        );
        Assert.Equal([TimeSpan.FromMinutes(2), null], pipeline.Steps.Select(s => s.Duration));
        Assert.Equal(TimeSpan.FromMilliseconds(250), configuration.Faults["StartPipelineExecution"].Latency);
        Assert.Equal(1, configuration.Faults["StartPipelineExecution"].DropResponseNext);
        Assert.Equal(9, configuration.FaultSeed);
    }

    [Fact]
    public void Parse_Json_ReadsLikeYaml()
    {
        const string json = """
            {"pipelines": [{"name": "p1", "duration": 90,
              "parameters": [{"name": "Epochs", "type": "Integer", "default": 3}],
              "steps": [{"name": "Train", "type": "Training", "duration": "1h30m"}]}]}
            """;

        var pipeline = Assert.Single(LocalPipelinesFile.Parse(json, "pipelines.json").Pipelines);

        Assert.Equal(TimeSpan.FromSeconds(90), pipeline.Duration);
        Assert.Equal(LocalParameterType.Integer, pipeline.Parameters[0].Type);
        Assert.Equal("3", pipeline.Parameters[0].DefaultValue);
        Assert.Equal(TimeSpan.FromMinutes(90), pipeline.Steps[0].Duration);
    }

    [Theory]
    [InlineData("pipelines:\n  - name: p1\n    colour: red\n", "p.yaml(3,5): Unknown key 'colour' in a pipeline")]
    [InlineData("pipelines:\n  - name: p1\n    duration: soon\n", "p.yaml(3,15): duration 'soon' is not a duration")]
    [InlineData("pipelines:\n  - description: x\n", "p.yaml(2,5): Every pipeline needs a 'name'.")]
    [InlineData("pipelines:\n  - name: my_pipe\n", "p.yaml(2,5): Pipeline name 'my_pipe' must match")]
    [InlineData(
        "pipelines:\n  - name: p1\n    parameters:\n      - { name: N, type: Integer, default: x }\n",
        "p.yaml(2,5): Pipeline 'p1': default 'x' of parameter 'N' is not a valid Integer."
    )]
    [InlineData(
        "pipelines:\n  - name: p1\n    parameters:\n      - { name: N, type: Number }\n",
        "p.yaml(4,26): Parameter type 'Number' is not one of String, Integer, Float, Boolean."
    )]
    [InlineData("pipelines:\n  - name: p1\n  - name: P1\n", "p.yaml(3,5): Pipeline 'P1' is declared twice")]
    [InlineData("faults:\n  StartPipelineExecution: { throttleRate: 2 }\n", "ThrottleRate must be between 0 and 1")]
    [InlineData("pipelines: [\n", "p.yaml(2,1): not valid YAML or JSON")]
    public void Parse_InvalidFile_LocatedErrorNamingTheProblem(string text, string expected)
    {
        var exception = Assert.Throws<LocalPipelinesFileException>(() => LocalPipelinesFile.Parse(text, "p.yaml"));

        Assert.Contains(exception.Errors, error => error.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsAllOfThem()
    {
        const string text = "pipelines:\n  - name: p1\n    colour: red\n    duration: soon\n";

        var exception = Assert.Throws<LocalPipelinesFileException>(() => LocalPipelinesFile.Parse(text, "p.yaml"));

        Assert.Equal(2, exception.Errors.Count);
    }

    [Fact]
    public void Load_MissingFile_ErrorNamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".yaml");

        var exception = Assert.Throws<LocalPipelinesFileException>(() => LocalPipelinesFile.Load(path));

        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
    }
}
