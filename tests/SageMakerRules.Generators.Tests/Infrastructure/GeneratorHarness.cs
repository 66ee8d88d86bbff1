using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SageMakerRules.Generators.Tests.Infrastructure;

/// <summary>
/// Runs <see cref="SageMakerRulesGenerator"/> over in-memory YAML files and compiles the result with Roslyn.
/// Reusable by every generator test (PATTERNS and LANG included).
/// </summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    /// <summary>The references a compilation of generated rules needs: the .NET runtime, SageMakerRules, Newtonsoft.</summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary>An empty compilation (a library with the runtime references) to run the generator on.</summary>
    public static CSharpCompilation CreateCompilation(string assemblyName = "Rules") =>
        CSharpCompilation.Create(
            assemblyName,
            [CSharpSyntaxTree.ParseText("namespace Host; internal static class Anchor { }")],
            References,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable
            )
        );

    /// <summary>A driver with step tracking on, ready for one or more runs.</summary>
    public static GeneratorDriver CreateDriver(params (string Path, string Yaml)[] files) =>
        CSharpGeneratorDriver.Create(
            [new SageMakerRulesGenerator().AsSourceGenerator()],
            files.Select(file => (AdditionalText)new InMemoryAdditionalText(file.Path, file.Yaml)),
            driverOptions: new GeneratorDriverOptions(
                IncrementalGeneratorOutputKind.None,
                trackIncrementalGeneratorSteps: true
            )
        );

    /// <summary>Runs the generator once over the given files.</summary>
    public static GeneratorRunOutcome Run(params (string Path, string Yaml)[] files)
    {
        var driver = CreateDriver(files).RunGeneratorsAndUpdateCompilation(CreateCompilation(), out var output, out _);
        return new GeneratorRunOutcome(driver.GetRunResult(), output);
    }

    /// <summary>Runs the generator over one rule file at <c>/rules/rule.yaml</c>.</summary>
    public static GeneratorRunOutcome Run(string yaml) => Run(("/rules/rule.yaml", yaml));

    /// <summary>Compiles the generator output and loads it; fails with the compiler errors when it does not compile.</summary>
    public static System.Reflection.Assembly Load(GeneratorRunOutcome outcome, params string[] extraSources)
    {
        var errors = outcome.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The generator reported errors:\n" + string.Join("\n", errors));
        }

        using var stream = new MemoryStream();
        var compilation = outcome.Compilation.AddSyntaxTrees(
            extraSources.Select(source => CSharpSyntaxTree.ParseText(source))
        );
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            var messages = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);
            throw new InvalidOperationException(
                "Generated code does not compile:\n" + string.Join("\n", messages) + "\n\n" + outcome.AllSources()
            );
        }

        return System.Reflection.Assembly.Load(stream.ToArray());
    }

    /// <summary>Generates, compiles and loads one rule file, returning its rule.</summary>
    public static IRule LoadRule(string yaml) => RuleCatalog.Load(Load(Run(yaml))).Single();

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var extra = new[] { typeof(IRule).Assembly.Location, typeof(Newtonsoft.Json.Linq.JObject).Assembly.Location };
        return
        [
            .. platform
                .Concat(extra)
                .Distinct()
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)),
        ];
    }
}
