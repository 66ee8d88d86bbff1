using System.Collections.Generic;
using System.Linq;
using SageMakerRules.Generators.Emission;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// The pattern's part of a rule's single-pass UTF-8 reader. Where the field trie and the pattern tree share a path
/// the reader does both from the same token; a property only the pattern names is handed to the pattern's own
/// visitor (<c>PatternVisit{id}</c>); a value both a field and the pattern take apart (an array, or an element the
/// field reads by index) is read by the pattern through a copy of the reader first (a look-ahead over that value only).
/// </summary>
internal static class PatternReaderHooks
{
    private const string State = "ref values.Pattern";

    /// <summary>Hands the rest of a shared node's values (arrays without indexed fields, scalars) to the
    /// pattern.</summary>
    public static void EmitRest(CodeWriter writer, PatternTrie pattern)
    {
        writer.Line("// No field below this path takes this value apart: the pattern reads it (or skips it).");
        writer.Line($"PatternVisit{pattern.Id}(ref reader, {State});");
        writer.Line("return true;");
    }

    /// <summary>Lets the pattern read the value through a copy of the reader; the fields then read it too.</summary>
    public static void EmitLookahead(CodeWriter writer, PatternTrie? pattern, ISet<int> lookaheads)
    {
        if (pattern is not null)
        {
            writer.Line($"PatternAhead{pattern.Id}(reader, {State});");
            lookaheads.Add(pattern.Id);
        }
    }

    /// <summary>The pattern's reading of a value that fields read too, before they do.</summary>
    public static void EmitLeaf(CodeWriter writer, PatternTrie? pattern, ISet<int> lookaheads)
    {
        if (pattern is null)
        {
            return;
        }

        writer.Open("if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)");
        EmitLookahead(writer, pattern, lookaheads);
        writer.Close();
        if (pattern.Path >= 0)
        {
            writer.Open("else");
            writer.Line($"MatchPath{pattern.Path}(ref reader, {State});");
            writer.Close();
        }

        writer.Line();
    }

    /// <summary>
    /// For a field property whose name the pattern also reads, but through another node of its tree (an index
    /// segment, or a dotted name): the pattern reads the value first, through a copy.
    /// </summary>
    public static void EmitSibling(
        CodeWriter writer,
        PathTrie node,
        string segment,
        PathTrie child,
        ISet<int> lookaheads
    )
    {
        var sibling = node.Pattern?.Names().FirstOrDefault(name => name.Key == segment).Value;
        if (sibling is not null && sibling != child.Pattern)
        {
            EmitLookahead(writer, sibling, lookaheads);
        }
    }

    /// <summary>
    /// Writes the branches for the properties only the pattern reads, after the fields' branches; returns the
    /// keyword for the next branch (<c>if</c> when nothing was written).
    /// </summary>
    public static string EmitNames(CodeWriter writer, PathTrie node, string keyword)
    {
        if (node.Pattern is null)
        {
            return keyword;
        }

        var fields = new HashSet<string>(node.Children.Select(child => child.Segment), System.StringComparer.Ordinal);
        var names = node.Pattern.Names().Where(name => !fields.Contains(name.Key)).ToList();
        foreach (var (name, pattern) in names.Where(name => name.Key.IndexOf('.') < 0).Select(Pair))
        {
            EmitName(writer, keyword, name, pattern);
            keyword = "else if";
        }

        var dotted = names.Where(name => name.Key.IndexOf('.') >= 0).ToList();
        if (dotted.Count == 0)
        {
            return keyword;
        }

        // Keys with dots are rare in events: test the dotted names only for them.
        writer.Open($"{keyword} (PatternSupport.MayHaveDot(ref reader))");
        var inner = "if";
        foreach (var (name, pattern) in dotted.Select(Pair))
        {
            EmitName(writer, inner, name, pattern);
            inner = "else if";
        }

        writer.Open("else");
        writer.Line("reader.Skip();");
        writer.Close();
        writer.Close();
        return "else if";
    }

    /// <summary>Writes the copy-taking entry points the reader's look-aheads call.</summary>
    public static void EmitLookaheads(CodeWriter writer, IEnumerable<int> ids)
    {
        foreach (var id in ids)
        {
            writer.Line();
            writer.Line(
                "/// <summary>Lets the pattern read a value through a copy of the reader, which stays put.</summary>"
            );
            writer.Line(
                $"private static void PatternAhead{id}(Utf8JsonReader reader, ref PatternState state) => "
                    + $"PatternVisit{id}(ref reader, ref state);"
            );
        }
    }

    private static void EmitName(CodeWriter writer, string keyword, string name, PatternTrie pattern)
    {
        writer.Open($"{keyword} (reader.ValueTextEquals({PatternCode.Utf8(name)}))");
        writer.Line("reader.Read();");
        writer.Line($"PatternVisit{pattern.Id}(ref reader, {State});");
        writer.Close();
    }

    private static (string Name, PatternTrie Pattern) Pair(KeyValuePair<string, PatternTrie> entry) =>
        (entry.Key, entry.Value);
}
