using System.Collections.Generic;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.Generators.Binding;

/// <summary>
/// The seam to the <c>match:</c> pattern stage (Patterns/, owned by PATTERNS). The pattern stage implements
/// <see cref="CompileMatch"/> in another part of this class; until it does, <c>match:</c> reports SMR028.
/// </summary>
internal static partial class PatternStage
{
    public static MatchPlan? Compile(string yamlText, YamlValue matchNode, string filePath, DiagnosticBag diagnostics)
    {
        var available = false;
        MatchPlan? plan = null;
        var reported = new List<DiagnosticInfo>();
        var node = RepresentationNode(yamlText);
        if (node is not null)
        {
            CompileMatch(node, matchNode, filePath, ref plan, reported, ref available);
        }

        if (!available)
        {
            diagnostics.Report(DiagnosticDescriptors.PatternsUnavailable, matchNode.Span);
            return null;
        }

        diagnostics.AddRange(reported);
        return plan;
    }

    /// <summary>
    /// Compiles the <c>match:</c> node. Set <paramref name="available"/> to true; then either set
    /// <paramref name="plan"/> or add at least one error to <paramref name="diagnostics"/>.
    /// </summary>
    /// <param name="matchNode">The <c>match:</c> value as YamlDotNet's representation model node (with marks).</param>
    /// <param name="matchValue">The same node as the generator's located syntax.</param>
    /// <param name="filePath">The YAML file path, for diagnostic locations.</param>
    /// <param name="plan">The compiled plan: emitted members and paths.</param>
    /// <param name="diagnostics">Where to add pattern diagnostics (SMR300 to SMR349).</param>
    /// <param name="available">Whether a pattern stage is built in.</param>
    static partial void CompileMatch(
        YamlNode matchNode,
        YamlValue matchValue,
        string filePath,
        ref MatchPlan? plan,
        List<DiagnosticInfo> diagnostics,
        ref bool available
    );

    private static YamlNode? RepresentationNode(string yamlText)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new System.IO.StringReader(yamlText));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return null;
        }

        return
            stream.Documents.Count > 0
            && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("match"), out var match)
            ? match
            : null;
    }
}
