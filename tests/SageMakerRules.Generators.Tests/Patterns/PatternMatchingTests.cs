namespace SageMakerRules.Generators.Tests.Patterns;

public sealed class PatternMatchingTests
{
    private static readonly Lazy<IReadOnlyList<CompiledPattern>> Compiled = new(() =>
        PatternHarness.CompileJson(PatternMatchingCases.All.Select(c => c.Pattern).ToList())
    );

    public static TheoryData<string> Names() => [.. PatternMatchingCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_OperatorCase_FollowsEventBridge(string name)
    {
        var index = Array.FindIndex(PatternMatchingCases.All, c => c.Name == name);
        var testCase = PatternMatchingCases.All[index];

        Assert.Equal(testCase.Expected, Compiled.Value[index].Matches(testCase.Event));
    }
}
