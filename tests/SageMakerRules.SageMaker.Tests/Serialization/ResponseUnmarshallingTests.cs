using System.Text.Json;
using SageMakerRules.SageMaker.Serialization;

namespace SageMakerRules.SageMaker.Tests.Serialization;

public sealed class ResponseUnmarshallingTests
{
    private static PipelinesJsonContext Json => PipelinesJsonContext.Default;

    [Fact]
    public void Deserialize_DescribePipelineExecution_ReadsEveryMember()
    {
        const string body = """
            {"PipelineArn":"arn:aws:sagemaker:eu-west-1:123456789012:pipeline/p",
             "PipelineExecutionArn":"arn:aws:sagemaker:eu-west-1:123456789012:pipeline/p/execution/e",
             "PipelineExecutionDisplayName":"run-1","PipelineExecutionStatus":"Failed",
             "PipelineExecutionDescription":"d","PipelineExperimentConfig":{"ExperimentName":"x","TrialName":"t"},
             "FailureReason":"Step Train failed","CreationTime":1700000000.5,"LastModifiedTime":1700000100,
             "CreatedBy":{"UserProfileName":"ann","DomainId":"d-1"},
             "ParallelismConfiguration":{"MaxParallelExecutionSteps":4},
             "PipelineVersionId":3,"MLflowConfig":{"MlflowResourceArn":"arn:m","MlflowExperimentName":"e"},
             "SomeFutureMember":{"a":1}}
            """;

        var response = JsonSerializer.Deserialize(body, Json.DescribePipelineExecutionResponse)!;

        Assert.Equal(PipelineExecutionStatus.Failed, response.PipelineExecutionStatus);
        Assert.True(response.PipelineExecutionStatus.IsTerminal());
        Assert.Equal("Step Train failed", response.FailureReason);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000000500), response.CreationTime);
        Assert.Equal("ann", response.CreatedBy!.UserProfileName);
        Assert.Equal(4, response.ParallelismConfiguration!.MaxParallelExecutionSteps);
        Assert.Equal(3, response.PipelineVersionId);
        Assert.Equal("e", response.MLflowConfig!.MlflowExperimentName);
        Assert.Equal("t", response.PipelineExperimentConfig!.TrialName);
    }

    [Theory]
    [InlineData("Executing", PipelineExecutionStatus.Executing, false)]
    [InlineData("Stopping", PipelineExecutionStatus.Stopping, false)]
    [InlineData("Stopped", PipelineExecutionStatus.Stopped, true)]
    [InlineData("Succeeded", PipelineExecutionStatus.Succeeded, true)]
    [InlineData("Paused", PipelineExecutionStatus.Unknown, false)]
    [InlineData("1", PipelineExecutionStatus.Unknown, false)]
    public void Deserialize_ExecutionStatus_MapsNamesAndUnknown(
        string wire,
        PipelineExecutionStatus expected,
        bool terminal
    )
    {
        var response = JsonSerializer.Deserialize(
            $$"""{"PipelineExecutionStatus":"{{wire}}"}""",
            Json.DescribePipelineExecutionResponse
        )!;

        Assert.Equal(expected, response.PipelineExecutionStatus);
        Assert.Equal(terminal, response.PipelineExecutionStatus.IsTerminal());
    }

    [Fact]
    public void Deserialize_Steps_ReadsMetadataAndKeepsOtherStepTypes()
    {
        const string body = """
            {"PipelineExecutionSteps":[
              {"StepName":"Train","StepStatus":"Failed","StartTime":1700000000,"EndTime":1700000060.25,
               "FailureReason":"OOM","AttemptCount":2,
               "Metadata":{"TrainingJob":{"Arn":"arn:aws:sagemaker:eu-west-1:123456789012:training-job/t"}}},
              {"StepName":"Check","StepStatus":"Succeeded","Metadata":{"Condition":{"Outcome":"True"}},
               "CacheHitResult":{"SourcePipelineExecutionArn":"arn:src"}}],
             "NextToken":"n2"}
            """;

        var response = JsonSerializer.Deserialize(body, Json.ListPipelineExecutionStepsResponse)!;

        Assert.Equal("n2", response.NextToken);
        var train = response.PipelineExecutionSteps[0];
        Assert.Equal(StepStatus.Failed, train.StepStatus);
        Assert.Equal(2, train.AttemptCount);
        Assert.EndsWith("training-job/t", train.Metadata!.TrainingJob!.Arn);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1700000060250), train.EndTime);
        var check = response.PipelineExecutionSteps[1];
        Assert.Equal("True", check.Metadata!.AdditionalData!["Condition"].GetProperty("Outcome").GetString());
        Assert.Equal("arn:src", check.CacheHitResult!.SourcePipelineExecutionArn);
    }

    [Fact]
    public void Deserialize_ListPipelines_ReadsSummaries()
    {
        const string body = """
            {"PipelineSummaries":[{"PipelineArn":"arn:p","PipelineName":"p","PipelineDisplayName":"P",
              "PipelineDescription":"d","RoleArn":"arn:role","CreationTime":1,"LastModifiedTime":2,
              "LastExecutionTime":3}]}
            """;

        var response = JsonSerializer.Deserialize(body, Json.ListPipelinesResponse)!;

        var summary = Assert.Single(response.PipelineSummaries);
        Assert.Equal("p", summary.PipelineName);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(3), summary.LastExecutionTime);
        Assert.Null(response.NextToken);
    }

    [Fact]
    public void Deserialize_EmptyObject_GivesEmptyLists()
    {
        var response = JsonSerializer.Deserialize("{}", Json.ListPipelineParametersForExecutionResponse)!;

        Assert.Empty(response.PipelineParameters);
    }

    [Fact]
    public void Deserialize_DescribePipeline_ReadsDefinitionAndStatus()
    {
        const string body = """
            {"PipelineName":"p","PipelineStatus":"Active","PipelineDefinition":"{\"Parameters\":[]}",
             "LastRunTime":1700000000}
            """;

        var response = JsonSerializer.Deserialize(body, Json.DescribePipelineResponse)!;

        Assert.Equal(PipelineStatus.Active, response.PipelineStatus);
        Assert.Equal("""{"Parameters":[]}""", response.PipelineDefinition);
    }
}
