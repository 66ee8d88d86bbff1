using System.Text.Json;
using SageMakerRules.SageMaker.Serialization;

namespace SageMakerRules.SageMaker.Tests.Serialization;

public sealed class RequestMarshallingTests
{
    private static PipelinesJsonContext Json => PipelinesJsonContext.Default;

    private static string J(string singleQuoted) => singleQuoted.Replace('\'', '"');

    private static readonly DateTimeOffset Noon = new(2026, 1, 2, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Serialize_FullStartRequest_WritesExactBody()
    {
        var request = new StartPipelineExecutionRequest
        {
            PipelineName = "my-pipe",
            PipelineExecutionDisplayName = "run-1",
            PipelineParameters = [new Parameter("InputPath", "s3://b/k"), new Parameter("Epochs", "10")],
            PipelineExecutionDescription = "Vibration \"high\" on pump-7",
            ClientRequestToken = "0123456789abcdef0123456789abcdef",
            ParallelismConfiguration = new ParallelismConfiguration { MaxParallelExecutionSteps = 2 },
            SelectiveExecutionConfig = new SelectiveExecutionConfig
            {
                SourcePipelineExecutionArn = "arn:aws:sagemaker:eu-west-1:123456789012:pipeline/p/execution/e",
                SelectedSteps = [new SelectedStep { StepName = "Train" }],
            },
            PipelineVersionId = 3,
            MlflowExperimentName = "exp",
        };

        var json = JsonSerializer.Serialize(request, Json.StartPipelineExecutionRequest);

        Assert.Equal(
            J("{'PipelineName':'my-pipe','PipelineExecutionDisplayName':'run-1',")
                + J("'PipelineParameters':[{'Name':'InputPath','Value':'s3://b/k'},{'Name':'Epochs','Value':'10'}],")
                + J("'PipelineExecutionDescription':'Vibration \\u0022high\\u0022 on pump-7',")
                + J("'ClientRequestToken':'0123456789abcdef0123456789abcdef',")
                + J("'ParallelismConfiguration':{'MaxParallelExecutionSteps':2},")
                + J("'SelectiveExecutionConfig':{'SourcePipelineExecutionArn':")
                + J("'arn:aws:sagemaker:eu-west-1:123456789012:pipeline/p/execution/e',")
                + J("'SelectedSteps':[{'StepName':'Train'}]},'PipelineVersionId':3,'MlflowExperimentName':'exp'}"),
            json
        );
    }

    [Fact]
    public void Serialize_MinimalStartRequest_OmitsUnsetMembers()
    {
        var request = new StartPipelineExecutionRequest
        {
            PipelineName = "my-pipe",
            ClientRequestToken = "0123456789abcdef0123456789abcdef",
        };

        var json = JsonSerializer.Serialize(request, Json.StartPipelineExecutionRequest);

        Assert.Equal(J("{'PipelineName':'my-pipe','ClientRequestToken':'0123456789abcdef0123456789abcdef'}"), json);
    }

    [Fact]
    public void Serialize_EmptyListPipelinesRequest_WritesEmptyObject()
    {
        Assert.Equal("{}", JsonSerializer.Serialize(new ListPipelinesRequest(), Json.ListPipelinesRequest));
    }

    [Fact]
    public void Serialize_ListPipelinesRequest_WritesEnumsAsNamesAndTimesAsEpochSeconds()
    {
        var request = new ListPipelinesRequest
        {
            PipelineNamePrefix = "pump",
            CreatedAfter = Noon,
            SortBy = PipelineSortBy.CreationTime,
            SortOrder = SortOrder.Descending,
            NextToken = "page-2",
            MaxResults = 50,
        };

        var json = JsonSerializer.Serialize(request, Json.ListPipelinesRequest);

        Assert.Equal(
            J("{'PipelineNamePrefix':'pump','CreatedAfter':1767355200,'SortBy':'CreationTime',")
                + J("'SortOrder':'Descending','NextToken':'page-2','MaxResults':50}"),
            json
        );
    }

    [Fact]
    public void Serialize_ListPipelineExecutionsRequest_WritesExactBody()
    {
        var request = new ListPipelineExecutionsRequest
        {
            PipelineName = "my-pipe",
            CreatedBefore = Noon,
            SortBy = PipelineExecutionSortBy.PipelineExecutionArn,
            SortOrder = SortOrder.Ascending,
            MaxResults = 100,
        };

        var json = JsonSerializer.Serialize(request, Json.ListPipelineExecutionsRequest);

        Assert.Equal(
            J("{'PipelineName':'my-pipe','CreatedBefore':1767355200,'SortBy':'PipelineExecutionArn',")
                + J("'SortOrder':'Ascending','MaxResults':100}"),
            json
        );
    }

    [Fact]
    public void Serialize_OtherRequests_WriteExactBodies()
    {
        const string arn = "arn:aws:sagemaker:eu-west-1:123456789012:pipeline/p/execution/e";

        Assert.Equal(
            J("{'PipelineName':'p','PipelineVersionId':2}"),
            JsonSerializer.Serialize(
                new DescribePipelineRequest { PipelineName = "p", PipelineVersionId = 2 },
                Json.DescribePipelineRequest
            )
        );
        Assert.Equal(
            $$"""{"PipelineExecutionArn":"{{arn}}"}""",
            JsonSerializer.Serialize(
                new DescribePipelineExecutionRequest { PipelineExecutionArn = arn },
                Json.DescribePipelineExecutionRequest
            )
        );
        Assert.Equal(
            $$"""{"PipelineExecutionArn":"{{arn}}","ClientRequestToken":"{{new string('s', 32)}}"}""",
            JsonSerializer.Serialize(
                new StopPipelineExecutionRequest
                {
                    PipelineExecutionArn = arn,
                    ClientRequestToken = new string('s', 32),
                },
                Json.StopPipelineExecutionRequest
            )
        );
        Assert.Equal(
            $$"""{"PipelineExecutionArn":"{{arn}}","NextToken":"t","MaxResults":5,"SortOrder":"Ascending"}""",
            JsonSerializer.Serialize(
                new ListPipelineExecutionStepsRequest
                {
                    PipelineExecutionArn = arn,
                    NextToken = "t",
                    MaxResults = 5,
                    SortOrder = SortOrder.Ascending,
                },
                Json.ListPipelineExecutionStepsRequest
            )
        );
        Assert.Equal(
            $$"""{"PipelineExecutionArn":"{{arn}}","MaxResults":7}""",
            JsonSerializer.Serialize(
                new ListPipelineParametersForExecutionRequest { PipelineExecutionArn = arn, MaxResults = 7 },
                Json.ListPipelineParametersForExecutionRequest
            )
        );
        Assert.Equal(
            J("{'PipelineName':'p','SortOrder':'Descending'}"),
            JsonSerializer.Serialize(
                new ListPipelineVersionsRequest { PipelineName = "p", SortOrder = SortOrder.Descending },
                Json.ListPipelineVersionsRequest
            )
        );
    }
}
