using SageMakerRules.SageMaker.Validation;

namespace SageMakerRules.SageMaker.Tests.Validation;

public sealed class OtherRequestValidationTests
{
    private const string ExecutionArn = "arn:aws:sagemaker:eu-west-1:123456789012:pipeline/my-pipe/execution/abc123";

    [Fact]
    public void ValidateStop_ValidRequest_Passes()
    {
        RequestValidator.ValidateStop(
            new StopPipelineExecutionRequest
            {
                PipelineExecutionArn = ExecutionArn,
                ClientRequestToken = new string('s', 40),
            }
        );
    }

    [Fact]
    public void ValidateStop_NotAnExecutionArn_IsRejected()
    {
        var exception = Assert.Throws<SageMakerRequestValidationException>(() =>
            RequestValidator.ValidateStop(
                new StopPipelineExecutionRequest
                {
                    PipelineExecutionArn = "arn:aws:sagemaker:eu-west-1:123456789012:pipeline/my-pipe",
                    ClientRequestToken = new string('s', 40),
                }
            )
        );

        Assert.Equal("PipelineExecutionArn", exception.ParamName);
    }

    [Fact]
    public void ValidateStop_ShortToken_IsRejected()
    {
        var exception = Assert.Throws<SageMakerRequestValidationException>(() =>
            RequestValidator.ValidateStop(
                new StopPipelineExecutionRequest { PipelineExecutionArn = ExecutionArn, ClientRequestToken = "x" }
            )
        );

        Assert.Equal("ClientRequestToken", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Paging_MaxResultsOutsideLimits_IsRejected(int maxResults)
    {
        var exception = Assert.Throws<SageMakerRequestValidationException>(() =>
            RequestValidator.Paging(null, maxResults)
        );

        Assert.Equal("MaxResults", exception.ParamName);
    }

    [Fact]
    public void Paging_UnknownSortOrder_IsRejected()
    {
        var exception = Assert.Throws<SageMakerRequestValidationException>(() =>
            RequestValidator.Paging(null, 10, (SortOrder.Unknown, "SortOrder"))
        );

        Assert.Equal("SortOrder", exception.ParamName);
    }

    [Fact]
    public void Paging_TooLongNextToken_IsRejected()
    {
        var exception = Assert.Throws<SageMakerRequestValidationException>(() =>
            RequestValidator.Paging(new string('n', 8193), null)
        );

        Assert.Equal("NextToken", exception.ParamName);
    }
}
