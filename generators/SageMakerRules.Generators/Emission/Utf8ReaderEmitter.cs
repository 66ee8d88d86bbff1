using System.Collections.Generic;
using System.Linq;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Patterns;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// Writes the single-pass UTF-8 reader of a rule: one method per object level of the field trie, one per field,
/// unknown properties skipped with <c>Skip()</c>, errors returned in <c>values.Error</c> rather than thrown. With
/// <c>match:</c>, the pattern's paths join the trie: the same pass hands the pattern matcher its values
/// (<see cref="PatternReaderHooks"/>).
/// </summary>
internal static class Utf8ReaderEmitter
{
    public static void Emit(CodeWriter writer, RuleModel rule)
    {
        var root = PathTrie.Build(rule.Fields, rule.Match is null ? null : PatternPaths.Tree(rule.Match.Paths));
        var lookaheads = new SortedSet<int>();
        writer.Line(
            "/// <summary>Reads events from UTF-8 JSON in one forward pass over the rule's field paths.</summary>"
        );
        writer.Open("private static class Utf8Reader");
        EmitRead(writer, rule);
        writer.Line();
        EmitObject(writer, root, "ReadRoot", lookaheads);
        foreach (var node in root.Descendants())
        {
            if (!node.IsLeaf)
            {
                writer.Line();
                EmitNode(writer, node, lookaheads);
            }
            else if (node.Fields.Count > 1 || node.Pattern is not null)
            {
                writer.Line();
                EmitSharedLeaf(writer, node, lookaheads);
            }
        }

        foreach (var field in rule.Fields)
        {
            writer.Line();
            Utf8FieldEmitter.Emit(writer, field);
        }

        PatternReaderHooks.EmitLookaheads(writer, lookaheads);
        writer.Close();
    }

    private static void EmitRead(CodeWriter writer, RuleModel rule)
    {
        writer.Open("public static bool Read(ReadOnlySpan<byte> utf8Event, ref Values values)");
        writer.Open("try");
        writer.Line("var reader = new Utf8JsonReader(utf8Event);");
        writer.Open("if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)");
        writer.Line("values.Error = EventErrors.NotAnObject(EventErrors.Describe(in reader));");
        writer.Line("return false;");
        writer.Close();
        writer.Line();
        writer.Open("if (!ReadRoot(ref reader, ref values))");
        writer.Line("return false;");
        writer.Close();
        writer.Line();
        writer.Line("// Reading past the root object rejects trailing content.");
        writer.Line("reader.Read();");
        writer.Line("return true;");
        writer.Close();
        writer.Open("catch (JsonException exception)");
        writer.Line("values.Error = EventErrors.Malformed(exception);");
        writer.Line("return false;");
        writer.Close();
        writer.Open("catch (InvalidOperationException exception)");
        writer.Line("// An escape that does not decode to Unicode text (a lone UTF-16 surrogate).");
        writer.Line("values.Error = EventErrors.UndecodableText(exception);");
        writer.Line("return false;");
        writer.Close();
        writer.Close();
    }

    private static void EmitNode(CodeWriter writer, PathTrie node, ISet<int> lookaheads)
    {
        writer.Line($"/// <summary>Reads the value at <c>{Xml(node.Pointer)}</c>.</summary>");
        writer.Open($"private static bool {node.Handler}(ref Utf8JsonReader reader, ref Values values)");
        writer.Open("if (reader.TokenType == JsonTokenType.StartObject)");
        writer.Line($"return ReadObject{node.Id}(ref reader, ref values);");
        writer.Close();
        writer.Line();
        var indexes = node.IndexChildren.ToList();
        if (indexes.Count > 0)
        {
            writer.Open("if (reader.TokenType == JsonTokenType.StartArray)");
            PatternReaderHooks.EmitLookahead(writer, node.Pattern, lookaheads);
            writer.Open("for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)");
            writer.Open("var read = index switch");
            foreach (var (index, child) in indexes)
            {
                writer.Line($"{index} => {child.Handler}(ref reader, ref values),");
            }

            writer.Line("_ => Skip(ref reader),");
            writer.Close(";");
            writer.Open("if (!read)");
            writer.Line("return false;");
            writer.Close();
            writer.Close();
            writer.Line();
            writer.Line("return true;");
            writer.Close();
            writer.Line();
        }

        if (node.Pattern is null)
        {
            writer.Line("// Anything else holds none of the fields below this path: they stay missing.");
            writer.Line("return Skip(ref reader);");
        }
        else
        {
            PatternReaderHooks.EmitRest(writer, node.Pattern);
        }

        writer.Close();
        writer.Line();
        EmitObject(writer, node, "ReadObject" + node.Id, lookaheads);
    }

    private static void EmitObject(CodeWriter writer, PathTrie node, string name, ISet<int> lookaheads)
    {
        var where = node.Id == 0 ? "the event object" : $"the object at <c>{Xml(node.Pointer)}</c>";
        writer.Line($"/// <summary>Reads the properties of {where}, skipping those no field needs.</summary>");
        writer.Open($"private static bool {name}(ref Utf8JsonReader reader, ref Values values)");
        writer.Open("while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)");
        writer.Open("if (reader.ValueIsEscaped)");
        writer.Line("JsonText.EnsureDecodable(ref reader);");
        writer.Close();
        writer.Line();
        var keyword = "if";
        foreach (var (segment, child) in node.Children)
        {
            writer.Open($"{keyword} (reader.ValueTextEquals({CSharp.Utf8(segment)}))");
            writer.Line("reader.Read();");
            PatternReaderHooks.EmitSibling(writer, node, segment, child, lookaheads);
            writer.Open($"if (!{child.Handler}(ref reader, ref values))");
            writer.Line("return false;");
            writer.Close();
            writer.Close();
            keyword = "else if";
        }

        keyword = PatternReaderHooks.EmitNames(writer, node, keyword);
        if (keyword == "if")
        {
            writer.Line("reader.Skip();");
        }
        else
        {
            writer.Open("else");
            writer.Line("reader.Skip();");
            writer.Close();
        }

        writer.Close();
        writer.Line();
        writer.Line("return true;");
        writer.Close();
        if (node.Id == 0)
        {
            writer.Line();
            writer.Open("private static bool Skip(ref Utf8JsonReader reader)");
            writer.Line("reader.Skip();");
            writer.Line("return true;");
            writer.Close();
        }
    }

    private static void EmitSharedLeaf(CodeWriter writer, PathTrie node, ISet<int> lookaheads)
    {
        writer.Line(
            $"/// <summary>Reads the value at <c>{Xml(node.Pointer)}</c> into every field that names it.</summary>"
        );
        writer.Open($"private static bool {node.Handler}(ref Utf8JsonReader reader, ref Values values)");
        PatternReaderHooks.EmitLeaf(writer, node.Pattern, lookaheads);
        var calls = node.Fields.Select(field => $"Read{field.PropertyName}(ref reader, ref values)");
        writer.Line("return " + string.Join(" && ", calls) + ";");
        writer.Close();
    }

    public static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
