using System.Text.Json;
using SageMakerRules.LocalPipelines.Pipelines;
using SageMakerRules.LocalPipelines.Protocol;
using SageMakerRules.LocalPipelines.Tests.Executions;

namespace SageMakerRules.LocalPipelines.Tests.Pipelines;

public sealed class PipelineDefinitionTests
{
    [Fact]
    public void Write_TypedDefaults_JsonTypesMatchParameterTypes()
    {
        using var document = JsonDocument.Parse(PipelineDefinitionWriter.Write(StoreBuilder.Pipeline()));
        var parameters = document.RootElement.GetProperty("Parameters").EnumerateArray().ToList();

        Assert.Equal(
            [JsonValueKind.String, JsonValueKind.Number, JsonValueKind.Number, JsonValueKind.False],
            parameters.Select(p => p.GetProperty("DefaultValue").ValueKind)
        );
        Assert.Equal("Integer", parameters[1].GetProperty("Type").GetString());
    }

    [Fact]
    public void Write_ThreeSteps_EachDependsOnThePrevious()
    {
        using var document = JsonDocument.Parse(PipelineDefinitionWriter.Write(StoreBuilder.Pipeline()));
        var steps = document.RootElement.GetProperty("Steps").EnumerateArray().ToList();

        Assert.False(steps[0].TryGetProperty("DependsOn", out _));
        Assert.Equal("Prepare", steps[1].GetProperty("DependsOn")[0].GetString());
        Assert.Equal("Train", steps[2].GetProperty("DependsOn")[0].GetString());
    }

    [Fact]
    public void Read_WrittenDefinition_SameParametersAndSteps()
    {
        var original = StoreBuilder.Pipeline();

        var read = PipelineDefinitionReader.Read("copy", PipelineDefinitionWriter.Write(original), null, null, null);

        Assert.Equal(
            original.Parameters.Select(p => (p.Name, p.Type, p.DefaultValue)),
            read.Parameters.Select(p => (p.Name, p.Type, p.DefaultValue))
        );
        Assert.Equal(original.Steps.Select(s => (s.Name, s.Type)), read.Steps.Select(s => (s.Name, s.Type)));
    }

    [Theory]
    [InlineData("[]", "the definition must be a JSON object")]
    [InlineData("{\"Parameters\": {}}", "'Parameters' must be an array")]
    [InlineData("{\"Parameters\": [{\"Type\": \"String\"}]}", "every parameter needs a 'Name'")]
    [InlineData("{\"Parameters\": [{\"Name\": \"A\", \"Type\": \"Text\"}]}", "parameter 'A' has type 'Text'")]
    [InlineData("{\"Steps\": [{\"Type\": \"Training\"}]}", "every step needs a 'Name'")]
    [InlineData("{oops", "it is not valid JSON")]
    public void Read_InvalidDefinition_ValidationNamingTheProblem(string definition, string expected)
    {
        var error = Assert.Throws<ApiException>(() => PipelineDefinitionReader.Read("p", definition, null, null, null));

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
