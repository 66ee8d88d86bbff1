using System.Collections.Immutable;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Newtonsoft.Json.Linq;

namespace SageMakerRules.Generators.Tests.Patterns;

/// <summary>
/// Runs the real generator over rule files that use <c>match:</c>, compiles its output with Roslyn and loads the
/// rules: the build-time path end to end.
/// </summary>
internal static class PatternRuleHarness
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Append(typeof(JToken).Assembly.Location)
            .Append(typeof(IRule).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray()
    );

    /// <summary>A rule file with the given <c>match:</c> text (already indented under <c>match:</c>).</summary>
    public static string RuleYaml(string name, string matchBlock) =>
        $"version: 1\nname: {name}\npipeline:\n  name: pattern-test\n  displayName: pattern-test\nmatch: {matchBlock}\n";

    /// <summary>Runs the generator; returns its diagnostics and the output compilation.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, Compilation Output) Generate(
        IEnumerable<(string Path, string Yaml)> files
    )
    {
        var texts = files.Select(f => (AdditionalText)new RuleText(f.Path, f.Yaml)).ToImmutableArray();
        var compilation = CSharpCompilation.Create(
            "PatternRules" + Guid.NewGuid().ToString("N"),
            [],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
                .WithOptimizationLevel(OptimizationLevel.Release)
                .WithNullableContextOptions(NullableContextOptions.Enable)
                .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
                .WithSpecificDiagnosticOptions(
                    new Dictionary<string, ReportDiagnostic>
                    {
                        ["CS1701"] = ReportDiagnostic.Suppress,
                        ["CS1702"] = ReportDiagnostic.Suppress,
                    }
                )
        );
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new SageMakerRulesGenerator().AsSourceGenerator()],
            texts,
            new CSharpParseOptions(LanguageVersion.Latest)
        );
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return (diagnostics, output);
    }

    /// <summary>Runs the generator, compiles and loads the rules, by name.</summary>
    public static IReadOnlyDictionary<string, IRule> Load(IEnumerable<(string Path, string Yaml)> files)
    {
        var (diagnostics, output) = Generate(files);
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, errors));
        image.Position = 0;
        var assembly = new AssemblyLoadContext("pattern-rules", isCollectible: true).LoadFromStream(image);
        return RuleCatalog.Load(assembly).ToDictionary(rule => rule.Name);
    }

    private sealed class RuleText(string path, string text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }
}
