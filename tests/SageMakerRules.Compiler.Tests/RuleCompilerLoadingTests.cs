using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Text;

namespace SageMakerRules.Compiler.Tests;

public sealed class RuleCompilerLoadingTests
{
    private const string Rule = """
        version: 1
        name: HotBearing
        pipeline:
          name: pump-bearing-scoring
          displayName: "hot-{asset_id}"
        event:
          asset_id: string
          bearing: double
        when: bearing > 95
        parameters:
          AssetId: "{asset_id}"
        """;

    [Fact]
    public void Dispose_CompiledRules_UnloadsTheLoadContext()
    {
        var context = CompileAndDispose();

        for (var attempt = 0; attempt < 20 && context.IsAlive; attempt++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive);
    }

    [Fact]
    public void Dispose_CompiledRules_EmptiesTheRuleList()
    {
        var result = new RuleCompiler().Compile([new RuleSource("hot.yaml", Rule)]);

        result.Dispose();

        Assert.Empty(result.Rules);
        Assert.Null(result.Assembly);
    }

    [Fact]
    public void Compile_SameRuleTwice_LoadsIndependentCopies()
    {
        var compiler = new RuleCompiler();

        using var first = compiler.Compile([new RuleSource("hot.yaml", Rule)]);
        using var second = compiler.Compile([new RuleSource("hot.yaml", Rule)]);

        Assert.NotSame(first.Rules[0].GetType(), second.Rules[0].GetType());
        Assert.NotSame(
            AssemblyLoadContext.Default,
            AssemblyLoadContext.GetLoadContext(first.Rules[0].GetType().Assembly)
        );
    }

    [Fact]
    public void LoadAssembly_CompiledRulesOnDisk_LoadsAndEvaluates()
    {
        var folder = Directory.CreateTempSubdirectory("smr-rules-");
        try
        {
            var path = Path.Combine(folder.FullName, "Rules.dll");
            using (var file = File.Create(path))
            {
                var diagnostics = RuleCompiler.Build([new RuleSource("hot.yaml", Rule)], "Rules", file, default);
                Assert.DoesNotContain(diagnostics, d => d.IsError);
            }

            using var result = RuleCompiler.LoadAssembly(path);

            var rule = Assert.Single(result.Rules);
            Assert.Equal("HotBearing", rule.Name);
            var evaluation = rule.Evaluate("""{"asset_id":"P-7","bearing":97.5}"""u8);
            Assert.Equal(RuleOutcome.Matched, evaluation.Outcome);
            File.Delete(path);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void Compile_NoRuleFiles_SucceedsWithNoRules()
    {
        using var result = new RuleCompiler().Compile([]);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Rules);
    }

    [Fact]
    public void CompileFiles_FolderWithCatalogue_CompilesOnlyTheRules()
    {
        var folder = Directory.CreateTempSubdirectory("smr-folder-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "hot.yml"), Rule);
            File.WriteAllText(Path.Combine(folder.FullName, "pipelines.yaml"), "pipelines: []\n");
            File.WriteAllText(Path.Combine(folder.FullName, "notes.txt"), "not a rule");

            using var result = new RuleCompiler().CompileFiles([folder.FullName]);

            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
            var rule = Assert.Single(result.Rules);
            Assert.Equal(Path.Combine(folder.FullName, "hot.yml"), rule.SourcePath);
        }
        finally
        {
            folder.Delete(true);
        }
    }

    [Fact]
    public void LoadAssembly_NotAnAssembly_ThrowsBadImageFormat()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not an assembly", Encoding.UTF8);

            Assert.Throws<BadImageFormatException>(() => RuleCompiler.LoadAssembly(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadAssembly_MissingFile_ThrowsFileNotFound()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".dll");

        Assert.Throws<FileNotFoundException>(() => RuleCompiler.LoadAssembly(path));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CompileAndDispose()
    {
        var result = new RuleCompiler().Compile([new RuleSource("hot.yaml", Rule)]);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var rule = result.Rules[0];
        var evaluation = rule.Evaluate("""{"asset_id":"P-7","bearing":97.5}"""u8);
        Assert.Equal(RuleOutcome.Matched, evaluation.Outcome);
        var context = new WeakReference(AssemblyLoadContext.GetLoadContext(rule.GetType().Assembly));
        result.Dispose();

        return context;
    }
}
