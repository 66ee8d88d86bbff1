using SageMakerRules.SageMaker.Validation;

namespace SageMakerRules.SageMaker.Tests.Validation;

public sealed class StartRequestValidationTests
{
    private const string Token = "0123456789abcdef0123456789abcdef";

    private static readonly StartPipelineExecutionRequest Valid = new()
    {
        PipelineName = "pump-anomaly-retrain",
        ClientRequestToken = Token,
        PipelineExecutionDisplayName = "pump-7",
        PipelineExecutionDescription = "Vibration 7.50 on pump-7",
        PipelineParameters = [new Parameter("AssetId", "pump-7"), new Parameter("Mode_2", "")],
        ParallelismConfiguration = new ParallelismConfiguration { MaxParallelExecutionSteps = 1 },
        PipelineVersionId = 1,
    };

    private static SageMakerRequestValidationException Reject(StartPipelineExecutionRequest request) =>
        Assert.Throws<SageMakerRequestValidationException>(() => RequestValidator.ValidateStart(request));

    [Fact]
    public void ValidateStart_ValidRequest_Passes()
    {
        RequestValidator.ValidateStart(Valid);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("my-pipe")]
    [InlineData("a--b")]
    [InlineData("arn:aws:sagemaker:eu-west-1:123456789012:pipeline/my-pipe")]
    [InlineData("arn:aws-cn:sagemaker:cn-north-1:123456789012:pipeline/my-pipe")]
    public void ValidateStart_PipelineNameOrArn_Passes(string name)
    {
        RequestValidator.ValidateStart(Valid with { PipelineName = name });
    }

    [Theory]
    [InlineData("my_pipe")]
    [InlineData("-pipe")]
    [InlineData("pipe-")]
    [InlineData("my pipe")]
    [InlineData("arn:aws:s3:::bucket")]
    public void ValidateStart_BadPipelineName_NamesValue(string name)
    {
        var exception = Reject(Valid with { PipelineName = name });

        Assert.Equal("PipelineName", exception.ParamName);
        Assert.Contains($"'{name}'", exception.Message);
    }

    [Fact]
    public void ValidateStart_PipelineNameOf257Characters_IsRejected()
    {
        var exception = Reject(Valid with { PipelineName = new string('a', 257) });

        Assert.Equal("PipelineName", exception.ParamName);
    }

    [Fact]
    public void ValidateStart_PipelineNameOf256Characters_Passes()
    {
        RequestValidator.ValidateStart(Valid with { PipelineName = new string('a', 256) });
    }

    [Fact]
    public void ValidateStart_PipelineArnOver2048Characters_IsRejected()
    {
        var arn = "arn:aws:sagemaker:eu-west-1:123456789012:pipeline/" + new string('a', 2000);

        var exception = Reject(Valid with { PipelineName = arn });

        Assert.Contains("at most 2048", exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void ValidateStart_MissingPipelineName_IsRejected(string? name)
    {
        var exception = Reject(Valid with { PipelineName = name! });

        Assert.Contains("is required", exception.Message);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(129)]
    [InlineData(0)]
    public void ValidateStart_TokenLengthOutsideLimits_IsRejectedWithoutEchoingToken(int length)
    {
        var token = new string('t', length);

        var exception = Reject(Valid with { ClientRequestToken = token });

        Assert.Equal("ClientRequestToken", exception.ParamName);
        if (length > 0)
        {
            Assert.DoesNotContain(token, exception.Message);
            Assert.Contains($"is {length} characters long", exception.Message);
        }
    }

    [Theory]
    [InlineData(32)]
    [InlineData(128)]
    public void ValidateStart_TokenAtLimits_Passes(int length)
    {
        RequestValidator.ValidateStart(Valid with { ClientRequestToken = new string('t', length) });
    }

    [Theory]
    [InlineData("")]
    [InlineData("-run")]
    [InlineData("run-")]
    [InlineData("run_1")]
    [InlineData("run 1")]
    public void ValidateStart_BadDisplayName_NamesValue(string displayName)
    {
        var exception = Reject(Valid with { PipelineExecutionDisplayName = displayName });

        Assert.Equal("PipelineExecutionDisplayName", exception.ParamName);
        Assert.Contains($"'{displayName}'", exception.Message);
    }

    [Fact]
    public void ValidateStart_DisplayNameOf83Characters_IsRejected()
    {
        var exception = Reject(Valid with { PipelineExecutionDisplayName = new string('a', 83) });

        Assert.Contains("1 to 82", exception.Message);
    }

    [Fact]
    public void ValidateStart_DisplayNameOf82Characters_Passes()
    {
        RequestValidator.ValidateStart(Valid with { PipelineExecutionDisplayName = "a-" + new string('b', 80) });
    }

    [Fact]
    public void ValidateStart_DescriptionOver3072Characters_IsRejected()
    {
        var exception = Reject(Valid with { PipelineExecutionDescription = new string('d', 3073) });

        Assert.Equal("PipelineExecutionDescription", exception.ParamName);
        Assert.Contains("3073 characters", exception.Message);
    }

    [Fact]
    public void ValidateStart_DescriptionOf3072Characters_Passes()
    {
        RequestValidator.ValidateStart(Valid with { PipelineExecutionDescription = new string('d', 3072) });
    }

    [Fact]
    public void ValidateStart_201Parameters_IsRejected()
    {
        var parameters = Enumerable.Range(0, 201).Select(i => new Parameter($"P{i}", "v")).ToArray();

        var exception = Reject(Valid with { PipelineParameters = parameters });

        Assert.Equal("PipelineParameters", exception.ParamName);
        Assert.Contains("at most 200", exception.Message);
    }

    [Fact]
    public void ValidateStart_200Parameters_Passes()
    {
        var parameters = Enumerable.Range(0, 200).Select(i => new Parameter($"P{i}", "v")).ToArray();

        RequestValidator.ValidateStart(Valid with { PipelineParameters = parameters });
    }

    [Theory]
    [InlineData("")]
    [InlineData("Input Path")]
    [InlineData("Input.Path")]
    public void ValidateStart_BadParameterName_NamesIndexAndValue(string name)
    {
        var exception = Reject(
            Valid with
            {
                PipelineParameters = [new Parameter("Ok", "v"), new Parameter(name, "v")],
            }
        );

        Assert.Equal("PipelineParameters[1].Name", exception.ParamName);
        Assert.Contains($"'{name}'", exception.Message);
    }

    [Fact]
    public void ValidateStart_ParameterNameOf257Characters_IsRejected()
    {
        var exception = Reject(Valid with { PipelineParameters = [new Parameter(new string('n', 257), "v")] });

        Assert.Equal("PipelineParameters[0].Name", exception.ParamName);
    }

    [Fact]
    public void ValidateStart_DuplicateParameterName_IsRejected()
    {
        var exception = Reject(Valid with { PipelineParameters = [new Parameter("A", "1"), new Parameter("A", "2")] });

        Assert.Equal("PipelineParameters[1].Name", exception.ParamName);
        Assert.Contains("more than once", exception.Message);
    }

    [Fact]
    public void ValidateStart_ParameterValueOf1025Characters_NamesParameter()
    {
        var exception = Reject(Valid with { PipelineParameters = [new Parameter("InputPath", new string('v', 1025))] });

        Assert.Equal("PipelineParameters[0].Value", exception.ParamName);
        Assert.Contains("'InputPath'", exception.Message);
        Assert.Contains("1025 characters", exception.Message);
    }

    [Fact]
    public void ValidateStart_ParameterValueOf1024Characters_Passes()
    {
        RequestValidator.ValidateStart(
            Valid with
            {
                PipelineParameters = [new Parameter("InputPath", new string('v', 1024))],
            }
        );
    }

    [Fact]
    public void ValidateStart_NullParameterValue_IsRejected()
    {
        var exception = Reject(Valid with { PipelineParameters = [new Parameter("InputPath", null!)] });

        Assert.Equal("PipelineParameters[0].Value", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void ValidateStart_ParallelismBelowOne_IsRejected(int steps)
    {
        var exception = Reject(
            Valid with
            {
                ParallelismConfiguration = new ParallelismConfiguration { MaxParallelExecutionSteps = steps },
            }
        );

        Assert.Equal("ParallelismConfiguration.MaxParallelExecutionSteps", exception.ParamName);
    }

    [Fact]
    public void ValidateStart_VersionIdZero_IsRejected()
    {
        var exception = Reject(Valid with { PipelineVersionId = 0 });

        Assert.Equal("PipelineVersionId", exception.ParamName);
    }

    [Fact]
    public void ValidateStart_SelectiveExecutionWithoutSteps_IsRejected()
    {
        var exception = Reject(Valid with { SelectiveExecutionConfig = new SelectiveExecutionConfig() });

        Assert.Equal("SelectiveExecutionConfig.SelectedSteps", exception.ParamName);
    }

    [Fact]
    public void ValidateStart_EmptyMlflowExperimentName_IsRejected()
    {
        var exception = Reject(Valid with { MlflowExperimentName = "" });

        Assert.Equal("MlflowExperimentName", exception.ParamName);
    }

    [Fact]
    public void ValidationException_IsArgumentException()
    {
        var exception = Reject(Valid with { ClientRequestToken = "short" });

        Assert.IsAssignableFrom<ArgumentException>(exception);
    }
}
