using SageMakerRules.Cli.Tests.Infrastructure;
using SageMakerRules.Tests.Conformance;

namespace SageMakerRules.Cli.Tests;

public sealed class TestPatternCommandTests
{
    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var @case in ConformanceCases.All())
        {
            names.Add(@case.Name);
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task TestPattern_ConformanceCase_ExitCodeMatchesEventBridge(string name)
    {
        var @case = ConformanceCases.Read(Path.Combine(ConformanceCases.Folder, name + ".json"));
        using var folder = new TempFolder();
        var pattern = folder.Write("pattern.json", @case.PatternText);
        var @event = folder.Write("event.json", @case.EventJson);

        var result = await CliProcess.RunAsync(["test-pattern", "--pattern", pattern, "--event", @event]);

        var expected = @case.Expected switch
        {
            "match" => 0,
            "no-match" => 1,
            _ => 2,
        };
        Assert.True(expected == result.ExitCode, $"{name}: expected {expected}\n{result}");
        if (expected == 2)
        {
            Assert.Contains("Event pattern is not valid", result.Error);
        }
    }

    [Fact]
    public async Task TestPattern_InlineJson_MatchPrintsMatch()
    {
        var result = await CliProcess.RunAsync(
            ["test-pattern", "--pattern", """{"source":["pump"]}""", "--event", """{"source":"pump"}"""]
        );

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("match", Assert.Single(result.OutputLines));
    }

    [Fact]
    public async Task TestPattern_NeitherJsonNorFile_ExitsTwoWithMessage()
    {
        var result = await CliProcess.RunAsync(["test-pattern", "--pattern", "nope.json", "--event", "{}"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'nope.json' is neither JSON text nor an existing file", result.Error);
    }
}
