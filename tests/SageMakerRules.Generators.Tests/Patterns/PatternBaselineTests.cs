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

    private static void Verify(string name, string pattern, [CallerFilePath] string callerPath = "")
    {
        var model = PatternCompiler.CompileJson(pattern).Model!;
        var actual = PatternEmitter.EmitClass(model, "SageMakerRules.Baselines", name, includeSupport: false);
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
