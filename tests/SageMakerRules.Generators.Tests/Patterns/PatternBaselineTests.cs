using System.Runtime.CompilerServices;
using SageMakerRules.Generators.Patterns;

namespace SageMakerRules.Generators.Tests.Patterns;

/// <summary>
/// The emitted matcher for representative patterns, compared with <c>Baselines/NAME.verified.cs</c>. Run the tests
/// with <c>SMR_UPDATE_BASELINES=1</c> to rewrite them, then review the diff.
/// </summary>
public sealed class PatternBaselineTests
{
    [Fact]
    public void EmitClass_FiveConditions_MatchesBaseline() =>
        Verify("FiveConditions", PatternAllocationTests.FiveConditionPattern);

    [Fact]
    public void EmitClass_OrExistsCidrWildcard_MatchesBaseline() =>
        Verify(
            "OrExistsCidrWildcard",
            """
            {"detail": {"$or": [
              {"ip": [{"cidr": "10.0.0.0/8"}], "path.file": [{"wildcard": "logs/*.gz"}]},
              {"state": [{"anything-but": {"prefix": "init"}}, {"exists": false}]}
            ]}}
            """
        );

    [Fact]
    public void Generate_RuleWithFieldsAndMatch_ReaderMatchesBaseline()
    {
        var (_, output) = PatternRuleHarness.Generate([("shared.yaml", PatternSinglePassTests.SharedYaml)]);
        var source = output.SyntaxTrees.Single(tree => tree.ToString().Contains("class SharedPaths")).ToString();
        var start = source.LastIndexOf(
            "\n",
            source.IndexOf("class Utf8Reader", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        var end = source.LastIndexOf(
            "\n",
            source.IndexOf("class TokenReader", StringComparison.Ordinal),
            StringComparison.Ordinal
        );
        end = source.LastIndexOf("\n", end - 1, StringComparison.Ordinal);

        Compare("SharedPathsReader", source[(start + 1)..(end + 1)]);
    }

    private static void Verify(string name, string pattern)
    {
        var model = PatternCompiler.CompileJson(pattern).Model!;
        Compare(name, PatternEmitter.EmitClass(model, "SageMakerRules.Baselines", name, includeSupport: false));
    }

    private static void Compare(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(Path.GetDirectoryName(callerPath)!, "Baselines", name + ".verified.cs");
        if (Environment.GetEnvironmentVariable("SMR_UPDATE_BASELINES") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No baseline at {path}; run with SMR_UPDATE_BASELINES=1 and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
