using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Diagnostics;

/// <summary>
/// The binder keeps going after a problem in one operand or argument: every problem of an expression is reported
/// once, at its own column, and an operator whose operand is already wrong reports nothing more.
/// </summary>
public sealed class ExpressionRecoveryTests
{
    [Fact]
    public void Run_TwoUnknownFields_ReportsBothAtTheirColumns()
    {
        var diagnostics = Diagnose("vibraton > 7.1 && statsu == 'RUNNING'");

        Assert.Equal([("SMR010", 8), ("SMR010", 26)], diagnostics);
    }

    [Fact]
    public void Run_TypeMismatchAndUnknownField_ReportsBoth()
    {
        var outcome = GeneratorHarness.Run(Rule("vibration > 'high' || nope"));

        Assert.Equal(["SMR011", "SMR010"], outcome.Diagnostics.Select(d => d.Id));
        Assert.EndsWith(
            "the left operand is double and the right operand is string",
            outcome.Diagnostics[0].GetMessage()
        );
        Assert.StartsWith("Unknown field 'nope' in when", outcome.Diagnostics[1].GetMessage());
    }

    [Fact]
    public void Run_ErrorInsideOperand_NoFollowOnErrorFromTheOperators()
    {
        var diagnostics = Diagnose("(nope + 1) * 2 > 3 && !(lower(nope) == 'x')");

        Assert.Equal([("SMR010", 9), ("SMR010", 38)], diagnostics);
    }

    [Fact]
    public void Run_UnknownFunctionWithWrongArgument_ReportsBoth()
    {
        var diagnostics = Diagnose("lenght(nope) > 2");

        Assert.Equal([("SMR012", 8), ("SMR010", 15)], diagnostics);
    }

    [Fact]
    public void Run_KnownFunctionWithWrongArgument_OnlyTheArgument()
    {
        var diagnostics = Diagnose("startsWith(nope, 'x') && len(3) > 1");

        Assert.Equal([("SMR010", 19), ("SMR011", 37)], diagnostics);
    }

    [Fact]
    public void Run_InListWithTwoBadItems_ReportsEachItem()
    {
        var diagnostics = Diagnose("status in ['RUNNING', 3, nope, 'IDLE', true]");

        Assert.Equal([("SMR011", 30), ("SMR010", 33), ("SMR011", 47)], diagnostics);
    }

    [Fact]
    public void Run_SyntaxError_StillOnlyTheFirst()
    {
        var diagnostics = Diagnose("vibration > && nope ==");

        Assert.Equal("SMR009", Assert.Single(diagnostics).Id);
    }

    private static List<(string Id, int Column)> Diagnose(string condition) =>
        GeneratorHarness
            .Run(Rule(condition))
            .Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Character + 1))
            .ToList();

    private static string Rule(string condition) =>
        $"""
            version: 1
            name: Recovery
            pipeline: {"{"} name: p {"}"}
            event: {"{"} vibration: double, status: string {"}"}
            when: "{condition}"
            """;
}
