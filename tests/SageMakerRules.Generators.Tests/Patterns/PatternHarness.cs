using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newtonsoft.Json.Linq;
using SageMakerRules.Generators.Patterns;

namespace SageMakerRules.Generators.Tests.Patterns;

/// <summary>Matches a UTF-8 event with an emitted pattern class.</summary>
internal delegate bool Utf8Matcher(ReadOnlySpan<byte> utf8Event);

/// <summary>One emitted and compiled pattern, with both readers.</summary>
internal sealed record CompiledPattern(Utf8Matcher Utf8, Func<JToken, bool> Token)
{
    /// <summary>Matches the event text with both readers and requires them to agree.</summary>
    public bool Matches(string eventJson)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(eventJson);
        var utf8 = Utf8(bytes);
        var token = Token(JToken.Parse(eventJson));
        Assert.True(utf8 == token, $"The UTF-8 reader says {utf8} but the JToken reader says {token}");
        return utf8;
    }
}

/// <summary>
/// Compiles emitted pattern code with Roslyn, many patterns in one compilation (Roslyn is the slow part), and loads
/// it into a collectible context.
/// </summary>
internal static class PatternHarness
{
    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    /// <summary>Compiles JSON pattern texts; the text must be valid.</summary>
    public static IReadOnlyList<CompiledPattern> CompileJson(IReadOnlyList<string> patterns) =>
        Compile(patterns.Select(p => Valid(PatternCompiler.CompileJson(p), p)).ToList());

    /// <summary>Compiles one JSON pattern text.</summary>
    public static CompiledPattern CompileJson(string pattern) => CompileJson([pattern])[0];

    /// <summary>Compiles validated models.</summary>
    public static IReadOnlyList<CompiledPattern> Compile(IReadOnlyList<PatternModel> models)
    {
        var trees = models
            .Select((model, i) => PatternEmitter.EmitClass(model, "PatternTests", "Pattern" + i, includeSupport: false))
            .Append(PatternEmitter.EmitSupportClass("PatternTests"))
            .Select(code => CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest)))
            .ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
            .WithSpecificDiagnosticOptions(
                new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                }
            );
        var compilation = CSharpCompilation.Create(
            "Patterns" + Guid.NewGuid().ToString("N"),
            trees,
            References.Value,
            options
        );
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10);
        Assert.True(result.Success, string.Join(Environment.NewLine, errors));
        stream.Position = 0;
        var assembly = new AssemblyLoadContext("patterns", isCollectible: true).LoadFromStream(stream);
        return models.Select((_, i) => Bind(assembly.GetType("PatternTests.Pattern" + i)!)).ToList();
    }

    /// <summary>Returns the model, failing the test with the error when the pattern is invalid.</summary>
    public static PatternModel Valid(PatternCompilation compilation, string pattern)
    {
        Assert.True(compilation.Model is not null, $"{pattern} was rejected: {compilation.Error}");
        return compilation.Model!;
    }

    private static CompiledPattern Bind(Type type)
    {
        var utf8 = type.GetMethod("Matches", [typeof(ReadOnlySpan<byte>)])!.CreateDelegate<Utf8Matcher>();
        var token = type.GetMethod("Matches", [typeof(JToken)])!.CreateDelegate<Func<JToken, bool>>();
        return new CompiledPattern(utf8, token);
    }

    private static MetadataReference[] LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return platform
            .Append(typeof(JToken).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }
}
