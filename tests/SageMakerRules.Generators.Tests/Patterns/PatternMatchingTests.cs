namespace SageMakerRules.Generators.Tests.Patterns;

public sealed class PatternMatchingTests
{
    private static readonly (string Name, string Pattern, string Event, bool Expected)[] Cases =
    [
        .. PatternMatchingCases.All,
        .. PatternArrayCases.All,
    ];

    private static readonly Lazy<IReadOnlyList<CompiledPattern>> Compiled = new(() =>
        PatternHarness.CompileJson(Cases.Select(c => c.Pattern).ToList())
    );

    public static TheoryData<string> Names() => [.. Cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Matches_OperatorCase_FollowsEventBridge(string name)
    {
        var index = Array.FindIndex(Cases, c => c.Name == name);
        var testCase = Cases[index];

        Assert.Equal(testCase.Expected, Compiled.Value[index].Matches(testCase.Event));
    }
}
