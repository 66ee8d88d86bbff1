using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SageMakerRules.Generators.Tests.Schema;

/// <summary>
/// Every invalid fixture the schema rejects is rejected by the generator too, with the diagnostic id written in the
/// fixture's <c># expect:</c> header, located in the fixture file.
/// </summary>
public sealed partial class GeneratorRejectionTests
{
    public static TheoryData<string> InvalidFixtures() =>
        new(RepositoryFiles.InvalidFixtures().Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(InvalidFixtures))]
    public void Generator_InvalidFixture_ReportsTheExpectedError(string fixture)
    {
        var path = Path.Combine(RepositoryFiles.InvalidFixturesFolder, fixture);
        var text = File.ReadAllText(path);
        var expected = ExpectHeader().Match(text) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidDataException($"{fixture} has no '# expect: SMRnnn' header.");

        var errors = RunGenerator(fixture, text).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        // A broken field may also make the expressions that use it fail (SMR010); the expected error must be there.
        Assert.Contains(errors, d => d.Id == expected);
        Assert.All(errors, d => Assert.Equal(fixture, d.Location.GetLineSpan().Path));
    }

    [Fact]
    public void Generator_ExampleRules_ReportNoErrors()
    {
        var files = RepositoryFiles.ExampleRules().Select(path => (path, File.ReadAllText(path))).ToList();

        var errors = RunGenerator(files).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.Empty(errors);
    }

    private static ImmutableArray<Diagnostic> RunGenerator(string path, string text) => RunGenerator([(path, text)]);

    private static ImmutableArray<Diagnostic> RunGenerator(IEnumerable<(string Path, string Text)> files)
    {
        var compilation = CSharpCompilation.Create(
            "SchemaFixtures",
            [],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        );
        var additionalTexts = files.Select(file => (AdditionalText)new FixtureText(file.Path, file.Text));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SageMakerRulesGenerator().AsSourceGenerator()],
            additionalTexts
        );

        return driver.RunGenerators(compilation).GetRunResult().Diagnostics;
    }

    [GeneratedRegex(@"^# expect: (SMR\d{3})\s*$", RegexOptions.Multiline)]
    private static partial Regex ExpectHeader();

    private sealed class FixtureText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
