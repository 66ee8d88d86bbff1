using NJsonSchema;

namespace SageMakerRules.Generators.Tests.Schema;

public sealed class SchemaValidationTests
{
    private static readonly Lazy<JsonSchema> _schema = new(() =>
        JsonSchema.FromFileAsync(RepositoryFiles.SchemaPath).GetAwaiter().GetResult()
    );

    public static TheoryData<string> Examples() => new(RepositoryFiles.ExampleRules().Select(RepositoryFiles.Relative));

    public static TheoryData<string> InvalidFixtures() =>
        new(RepositoryFiles.InvalidFixtures().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Validate_ExampleRule_HasNoErrors(string path)
    {
        var errors = Validate(path);

        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Validate_InvalidFixture_IsRejected(string fixture)
    {
        var errors = Validate(Path.Combine(RepositoryFiles.InvalidFixturesFolder, fixture));

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void ExampleRules_InRepository_AreFound()
    {
        Assert.True(RepositoryFiles.ExampleRules().Count() >= 3);
        Assert.True(RepositoryFiles.InvalidFixtures().Count() >= 10);
    }

    [Fact]
    public void Validate_ExtensionKeyAndMatchString_AreAccepted()
    {
        const string yaml = """
            version: 1
            name: OnlyPattern
            x-owner: ops
            pipeline: { name: my-pipeline }
            match: '{"detail-type": ["pump.alarm"]}'
            """;

        var errors = _schema.Value.Validate(YamlToJson.Convert(yaml));

        Assert.Empty(errors);
    }

    private static List<string> Validate(string relativePath)
    {
        var yaml = File.ReadAllText(Path.Combine(RepositoryFiles.Root, relativePath));

        return _schema.Value.Validate(YamlToJson.Convert(yaml)).Select(error => error.ToString()).ToList();
    }
}
