using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SageMakerRules.Compiler.Loading;
using SageMakerRules.Generators;

namespace SageMakerRules.Compiler;

/// <summary>
/// Compiles rule files at run time with the same source generator the build uses: the generated code is compiled
/// to memory with Roslyn and loaded into a collectible load context that shares the SageMakerRules contracts with
/// the host, so the rules behave exactly as rules compiled at build time.
/// </summary>
/// <remarks>Thread-safe; each call produces an independent <see cref="RuleCompilationResult"/>.</remarks>
public sealed class RuleCompiler
{
    private static readonly CSharpParseOptions _parseOptions = new(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions _compilationOptions = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        nullableContextOptions: NullableContextOptions.Enable,
        concurrentBuild: false
    );

    /// <summary>Compiles rule files given as text.</summary>
    /// <param name="sources">The rule files; each path must end in <c>.yaml</c> or <c>.yml</c>.</param>
    /// <param name="cancellationToken">Stops the compilation.</param>
    /// <returns>The loaded rules, or the diagnostics located in the rule files.</returns>
    public RuleCompilationResult Compile(IEnumerable<RuleSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);

        using var image = new MemoryStream();
        var assemblyName = "SageMakerRules.Runtime." + Guid.NewGuid().ToString("N");
        var diagnostics = Build(sources, assemblyName, image, cancellationToken);
        if (diagnostics.Any(diagnostic => diagnostic.IsError))
        {
            return RuleCompilationResult.Failed(diagnostics);
        }

        image.Position = 0;
        var context = new RuleLoadContext(assemblyName, null);

        return Load(context, context.LoadFromStream(image), diagnostics);
    }

    /// <summary>Compiles rule files read from disk.</summary>
    /// <param name="filesOrFolders">
    /// Files, compiled as given, and folders, whose <c>.yaml</c> and <c>.yml</c> files are compiled recursively
    /// (except a <c>pipelines.yaml</c> catalogue).
    /// </param>
    /// <param name="cancellationToken">Stops the compilation.</param>
    /// <returns>The loaded rules, or the diagnostics located in the rule files.</returns>
    /// <exception cref="FileNotFoundException">A file or folder does not exist.</exception>
    public RuleCompilationResult CompileFiles(
        IEnumerable<string> filesOrFolders,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(filesOrFolders);

        var sources = RuleFileFinder
            .Expand(filesOrFolders)
            .Select(path => new RuleSource(path, File.ReadAllText(path)))
            .ToList();

        return Compile(sources, cancellationToken);
    }

    /// <summary>Loads the rules of an assembly built with the generator, in a collectible load context.</summary>
    /// <param name="assemblyPath">The rules assembly; its own dependencies are looked for next to it.</param>
    /// <returns>The rules of the assembly (none when it has no rule registry).</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static RuleCompilationResult LoadAssembly(string assemblyPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(assemblyPath);

        var fullPath = Path.GetFullPath(assemblyPath);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"The rules assembly '{assemblyPath}' does not exist.", assemblyPath);
        }

        var context = new RuleLoadContext(Path.GetFileName(fullPath), Path.GetDirectoryName(fullPath));
        try
        {
            return Load(context, context.LoadFromBytes(fullPath), []);
        }
        catch
        {
            context.Unload();
            throw;
        }
    }

    /// <summary>Runs the generator and compiles its output into <paramref name="peStream"/>.</summary>
    /// <returns>The diagnostics; when one is an error, the stream holds nothing usable.</returns>
    internal static IReadOnlyList<RuleDiagnostic> Build(
        IEnumerable<RuleSource> sources,
        string assemblyName,
        Stream peStream,
        CancellationToken cancellationToken
    )
    {
        var files = sources.Select(source => new InMemoryRuleFile(source)).ToImmutableArray<AdditionalText>();
        var compilation = CSharpCompilation.Create(assemblyName, [], RuleReferences.All, _compilationOptions);
        var generator = new SageMakerRulesGenerator().AsSourceGenerator();
        GeneratorDriver driver = CSharpGeneratorDriver.Create([generator], files, _parseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generated, cancellationToken);
        if (generated.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error))
        {
            return DiagnosticConverter.Convert(generated);
        }

        var emitted = output.Emit(peStream, cancellationToken: cancellationToken);

        // Warnings in generated code are the generator's business; only errors stop the rules from loading.
        var emitErrors = emitted.Diagnostics.Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

        return DiagnosticConverter.Convert(generated.Concat(emitErrors));
    }

    private static RuleCompilationResult Load(
        RuleLoadContext context,
        Assembly assembly,
        IReadOnlyList<RuleDiagnostic> diagnostics
    )
    {
        var rules = RuleCatalog.Load(assembly);

        return new RuleCompilationResult(rules, diagnostics, assembly, context);
    }
}
