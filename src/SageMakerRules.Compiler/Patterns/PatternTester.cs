using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Newtonsoft.Json.Linq;
using SageMakerRules.Generators.Patterns;

namespace SageMakerRules.Compiler.Patterns;

/// <summary>
/// Tests events against an EventBridge event pattern given as JSON text, with the same validation and the same
/// emitted matcher as a rule's <c>match:</c> (compiled with Roslyn in memory, loaded in a collectible context).
/// </summary>
public static class PatternTester
{
    private const string Namespace = "SageMakerRules.Runtime.Patterns";
    private const string ClassName = "TestedPattern";

    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    /// <summary>Tests <paramref name="eventJson"/> (UTF-8 JSON text) against <paramref name="patternText"/>.</summary>
    /// <param name="patternText">The pattern, as EventBridge takes it: JSON text.</param>
    /// <param name="eventJson">The event, a JSON object.</param>
    /// <returns>Match, no match, or why the pattern or event is invalid.</returns>
    public static PatternTestResult Test(string patternText, string eventJson)
    {
        ArgumentNullException.ThrowIfNull(patternText);
        ArgumentNullException.ThrowIfNull(eventJson);

        var compilation = PatternCompiler.CompileJson(patternText);
        if (compilation.Error is { } error)
        {
            var where = error.Where.Length == 0 ? "" : $" (at '{error.Where}')";
            return new PatternTestResult(PatternTestOutcome.InvalidPattern, error.EventBridgeMessage + where);
        }

        var eventProblem = CheckEvent(eventJson);
        if (eventProblem is not null)
        {
            return new PatternTestResult(PatternTestOutcome.InvalidEvent, eventProblem);
        }

        var matches = Run(compilation.Model!, Encoding.UTF8.GetBytes(eventJson));
        return new PatternTestResult(matches ? PatternTestOutcome.Match : PatternTestOutcome.NoMatch, null);
    }

    private static string? CheckEvent(string eventJson)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(eventJson);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                ? null
                : "The event is not a JSON object.";
        }
        catch (System.Text.Json.JsonException exception)
        {
            return "The event is not valid JSON: " + exception.Message;
        }
    }

    private static bool Run(PatternModel model, byte[] utf8Event)
    {
        var code = PatternEmitter.EmitClass(model, Namespace, ClassName);
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest));
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable
        );
        var name = "SageMakerRules.Runtime.Pattern." + Guid.NewGuid().ToString("N");
        var compilation = CSharpCompilation.Create(name, [tree], References.Value, options);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        if (!emitted.Success)
        {
            var first = emitted.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            throw new InvalidOperationException("The emitted pattern matcher did not compile: " + first);
        }

        image.Position = 0;
        var context = new AssemblyLoadContext(name, isCollectible: true);
        try
        {
            var type = context.LoadFromStream(image).GetType(Namespace + "." + ClassName)!;
            var matches = type.GetMethod("Matches", [typeof(ReadOnlySpan<byte>)])!;
            return matches.CreateDelegate<Utf8Matcher>()(utf8Event);
        }
        finally
        {
            context.Unload();
        }
    }

    private static MetadataReference[] LoadReferences()
    {
        var frameworkFolder = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";
        var platform = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "").Split(Path.PathSeparator);
        return platform
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkFolder, StringComparison.Ordinal))
            .Append(typeof(JToken).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    }

    private delegate bool Utf8Matcher(ReadOnlySpan<byte> utf8Event);
}
