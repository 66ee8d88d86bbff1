using System.Collections.Generic;
using System.Linq;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;
using SageMakerRules.Generators.Patterns;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.Generators.Binding;

/// <summary>The pattern stage's part of the seam: <c>match:</c> into emitted members or one diagnostic.</summary>
internal static partial class PatternStage
{
    static partial void CompileMatch(
        YamlNode matchNode,
        YamlValue matchValue,
        string filePath,
        ref MatchPlan? plan,
        List<DiagnosticInfo> diagnostics,
        ref bool available
    )
    {
        available = true;
        var compilation = PatternCompiler.Compile(matchValue);
        if (compilation.Error is { } error)
        {
            var descriptor = PatternDiagnostics.Find(error.Id);
            diagnostics.Add(DiagnosticInfo.Create(descriptor, filePath, SpanOf(error.Location), error.Message));
            return;
        }

        var model = compilation.Model!;
        var paths = model.Paths.Select(PatternPaths.Encode).ToEquatableArray();
        plan = new MatchPlan(PatternEmitter.EmitMembers(model), paths);
    }

    private static SourceSpan SpanOf(PatternLocation location)
    {
        var line = location.Line - 1;
        var column = location.Column - 1;
        return new SourceSpan(location.Index, location.Index, line, column, line, column);
    }
}
