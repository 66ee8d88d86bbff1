namespace SageMakerRules.SageMaker.Tests.Definitions;

public sealed class PipelineDefinitionTests
{
    [Fact]
    public void Parse_DefinitionWithParameters_ReturnsNameTypeAndDefault()
    {
        const string definition = """
            {"Version":"2020-12-01","Metadata":{},
             "Parameters":[
               {"Name":"InputPath","Type":"String","DefaultValue":"s3://b/k"},
               {"Name":"Epochs","Type":"Integer","DefaultValue":10},
               {"Name":"LearningRate","Type":"Float","DefaultValue":0.05},
               {"Name":"Retrain","Type":"Boolean","DefaultValue":false},
               {"Name":"AssetId"},
               {"Name":"Threshold","Type":"Float"}],
             "Steps":[{"Name":"Train","Type":"Training","Arguments":{}}]}
            """;

        var parameters = PipelineDefinition.Parse(definition);

        Assert.Equal(
            [
                new PipelineDefinitionParameter("InputPath", PipelineParameterType.String, "s3://b/k"),
                new PipelineDefinitionParameter("Epochs", PipelineParameterType.Integer, "10"),
                new PipelineDefinitionParameter("LearningRate", PipelineParameterType.Float, "0.05"),
                new PipelineDefinitionParameter("Retrain", PipelineParameterType.Boolean, "false"),
                new PipelineDefinitionParameter("AssetId", PipelineParameterType.String, null),
                new PipelineDefinitionParameter("Threshold", PipelineParameterType.Float, null),
            ],
            parameters
        );
        Assert.True(parameters[0].HasDefault);
        Assert.False(parameters[4].HasDefault);
    }

    [Theory]
    [InlineData("""{"Steps":[]}""")]
    [InlineData("""{"Parameters":[]}""")]
    [InlineData("""{"Parameters":null}""")]
    public void Parse_NoParameters_ReturnsEmpty(string definition)
    {
        Assert.Empty(PipelineDefinition.Parse(definition));
    }

    [Theory]
    [InlineData("{\"Parameters\":[", "not valid JSON (line 1")]
    [InlineData("[]", "must be a JSON object, but it is an array")]
    [InlineData(
        """{"Parameters":{}}""",
        "'Parameters' of the pipeline definition must be an array, but it is an object"
    )]
    [InlineData("""{"Parameters":["x"]}""", "Parameters[0] must be an object with Name and Type, but it is a string")]
    [InlineData("""{"Parameters":[{"Type":"String"}]}""", "Parameters[0] has no Name string")]
    [InlineData("""{"Parameters":[{"Name":"a b"}]}""", "Parameters[0] has the name 'a b'")]
    [InlineData("""{"Parameters":[{"Name":"A","Type":"Text"}]}""", "Parameters[0] ('A') has the unknown Type 'Text'")]
    [InlineData("""{"Parameters":[{"Name":"A","Type":3}]}""", "has a Type that is a number, not a string")]
    [InlineData(
        """{"Parameters":[{"Name":"A","Type":"Integer","DefaultValue":"ten"}]}""",
        "Parameters[0] ('A') has the DefaultValue 'ten', which is not a valid Integer"
    )]
    [InlineData("""{"Parameters":[{"Name":"A","DefaultValue":{"Get":"x"}}]}""", "has a DefaultValue that is an object")]
    [InlineData("""{"Parameters":[{"Name":"A"},{"Name":"A"}]}""", "Parameters[1] declares 'A' a second time")]
    public void Parse_MalformedDefinition_ThrowsSayingWhereAndWhat(string definition, string expected)
    {
        var exception = Assert.Throws<PipelineDefinitionException>(() => PipelineDefinition.Parse(definition));

        Assert.Contains(expected, exception.Message);
    }

    [Theory]
    [InlineData("anything", PipelineParameterType.String, true)]
    [InlineData("", PipelineParameterType.String, true)]
    [InlineData("42", PipelineParameterType.Integer, true)]
    [InlineData("-7", PipelineParameterType.Integer, true)]
    [InlineData("4.2", PipelineParameterType.Integer, false)]
    [InlineData("", PipelineParameterType.Integer, false)]
    [InlineData("4.2", PipelineParameterType.Float, true)]
    [InlineData("1e-3", PipelineParameterType.Float, true)]
    [InlineData("NaN", PipelineParameterType.Float, false)]
    [InlineData("4,2", PipelineParameterType.Float, false)]
    [InlineData("true", PipelineParameterType.Boolean, true)]
    [InlineData("False", PipelineParameterType.Boolean, true)]
    [InlineData("yes", PipelineParameterType.Boolean, false)]
    [InlineData(null, PipelineParameterType.String, false)]
    public void IsCompatible_ValueAndType_ReturnsWhetherSageMakerCanConvert(
        string? value,
        PipelineParameterType type,
        bool expected
    )
    {
        Assert.Equal(expected, PipelineDefinition.IsCompatible(value, type));
    }
}
