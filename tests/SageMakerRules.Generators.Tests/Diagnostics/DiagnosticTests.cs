using Microsoft.CodeAnalysis;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Diagnostics;

public sealed class DiagnosticTests
{
    [Theory]
    [MemberData(nameof(DiagnosticCases.All), MemberType = typeof(DiagnosticCases))]
    public void Run_InvalidRule_ReportsLocatedDiagnostic(
        string name,
        string yaml,
        string id,
        int line,
        int column,
        string message
    )
    {
        var outcome = GeneratorHarness.Run(yaml);

        var diagnostic = Assert.Single(outcome.Diagnostics);
        var position = diagnostic.Location.GetLineSpan();
        Assert.True(id == diagnostic.Id, $"{name}: expected {id}, got {diagnostic}");
        Assert.Equal(
            (name, line, column),
            (name, position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1)
        );
        Assert.Equal("/rules/rule.yaml", position.Path);
        Assert.StartsWith(message, diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(outcome.HintNames);
    }
}
