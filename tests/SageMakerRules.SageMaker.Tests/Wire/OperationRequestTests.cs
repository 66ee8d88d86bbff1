using SageMakerRules.SageMaker.Wire;

namespace SageMakerRules.SageMaker.Tests.Wire;

public sealed class OperationRequestTests
{
    [Theory]
    [InlineData("ListPipelines")]
    [InlineData("DescribePipeline")]
    [InlineData("ListPipelineVersions")]
    [InlineData("StartPipelineExecution")]
    [InlineData("DescribePipelineExecution")]
    [InlineData("ListPipelineExecutions")]
    [InlineData("ListPipelineExecutionSteps")]
    [InlineData("StopPipelineExecution")]
    [InlineData("ListPipelineParametersForExecution")]
    public void Create_Operation_TypeNameGivesCoreTheOperationName(string operation)
    {
        var request = OperationRequest.Create(operation, [1, 2]);

        Assert.Equal(operation, request.Operation);
        Assert.Equal(operation + "Request", request.GetType().Name);
        Assert.Equal([1, 2], request.Body);
    }

    [Fact]
    public void Create_UnknownOperation_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OperationRequest.Create("DeletePipeline", []));
    }
}
