using System.Collections.Generic;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

public sealed partial class PatternEmitter
{
    private void WriteScan()
    {
        var nodes = _nodes;
        Line(
            "/// <summary>Walks a whole event from the reader's position and records what the pattern needs.</summary>"
        );
        Open("internal static void PatternScan(" + Reader + ", ref PatternState state)");
        Open("if (reader.TokenType == " + TokenType + ".None && !reader.Read())");
        Line("return;");
        Close();
        Line();
        Open("if (reader.TokenType == " + TokenType + ".StartObject)");
        Line("PatternObject0(ref reader, ref state);");
        Close();
        Close();
        Line();
        Line("/// <summary>Walks a whole parsed event and records what the pattern needs.</summary>");
        Open("internal static void PatternScan(" + JToken + " root, ref PatternState state)");
        Open("if (root is global::Newtonsoft.Json.Linq.JObject value)");
        Line("PatternObject0(value, ref state);");
        Close();
        Close();
        Line();
        foreach (var node in nodes)
        {
            WriteNode(node);
        }
    }

    private void WriteNode(PatternTrie node)
    {
        var id = node.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (node.Children.Count > 0)
        {
            WriteObjectReader(node, id);
            WriteObjectToken(node, id);
        }

        if (node.Id == 0)
        {
            return;
        }

        Open("private static void PatternVisit" + id + "(" + Reader + ", ref PatternState state)");
        Open("switch (reader.TokenType)");
        Line("case " + TokenType + ".StartObject:");
        Line(node.Children.Count > 0 ? "    PatternObject" + id + "(ref reader, ref state);" : "    reader.Skip();");
        Line("    return;");
        Line("case " + TokenType + ".StartArray:");
        WriteArrayElement("reader.Read() && reader.TokenType != " + TokenType + ".EndArray", ElementCall(node, false));
        Line("    return;");
        Line("default:");
        Line(node.Path >= 0 ? "    MatchPath" + node.Path + "(ref reader, ref state);" : "    reader.Skip();");
        Line("    return;");
        Close();
        Close();
        Line();
        WriteVisitToken(node, id);
        WriteElement(node);
    }

    private void WriteVisitToken(PatternTrie node, string id)
    {
        var type = "global::Newtonsoft.Json.Linq.JTokenType";
        Open("private static void PatternVisit" + id + "(" + JToken + " token, ref PatternState state)");
        Open("switch (token.Type)");
        Line("case " + type + ".Object:");
        if (node.Children.Count > 0)
        {
            Line("    PatternObject" + id + "((global::Newtonsoft.Json.Linq.JObject)token, ref state);");
        }

        Line("    return;");
        Line("case " + type + ".Array:");
        Line("    var array = (global::Newtonsoft.Json.Linq.JArray)token;");
        Line("    for (var i = 0; i < array.Count; i++)");
        Line("    {");
        Line("        " + ElementCall(node, true));
        Line("    }");
        Line("    return;");
        Line("default:");
        if (node.Path >= 0)
        {
            Line("    MatchPath" + node.Path + "(token, ref state);");
        }

        Line("    return;");
        Close();
        Close();
        Line();
    }

    private void WriteObjectReader(PatternTrie node, string id)
    {
        Open("private static void PatternObject" + id + "(" + Reader + ", ref PatternState state)");
        Open("while (reader.Read() && reader.TokenType == " + TokenType + ".PropertyName)");
        var names = node.Names().ToList();
        var direct = names.Where(n => n.Key.IndexOf('.') < 0 && node.Child(n.Key) is not null).ToList();
        var dotted = names.Except(direct).ToList();
        WriteNameTests(direct, first: true);
        if (dotted.Count > 0)
        {
            // Keys with dots are rare in events: test the dotted names only for them.
            Open("else if (PatternSupport.MayHaveDot(ref reader))");
            WriteNameTests(dotted, first: true);
            Open("else");
            Line("reader.Read();");
            Line("reader.Skip();");
            Close();
            Close();
        }

        Open("else");
        Line("reader.Read();");
        Line("reader.Skip();");
        Close();
        Close();
        Close();
        Line();
    }

    private void WriteNameTests(IEnumerable<KeyValuePair<string, PatternTrie>> names, bool first)
    {
        foreach (var entry in names)
        {
            Open((first ? "if" : "else if") + " (reader.ValueTextEquals(" + PatternCode.Utf8(entry.Key) + "))");
            Line("reader.Read();");
            Line("PatternVisit" + entry.Value.Id + "(ref reader, ref state);");
            Close();
            first = false;
        }
    }

    private void WriteObjectToken(PatternTrie node, string id)
    {
        var property = "global::Newtonsoft.Json.Linq.JProperty";
        Open(
            "private static void PatternObject"
                + id
                + "(global::Newtonsoft.Json.Linq.JObject value, ref PatternState state)"
        );
        Line(
            "for (var property = value.First as "
                + property
                + "; property is not null; property = property.Next as "
                + property
                + ")"
        );
        Line("{");
        _indent++;
        Line("var name = property.Name;");
        var first = true;
        foreach (var entry in node.Names())
        {
            Open((first ? "if" : "else if") + " (name == " + CSharpString(entry.Key) + ")");
            Line("PatternVisit" + entry.Value.Id + "(property.Value, ref state);");
            Close();
            first = false;
        }

        Close();
        Close();
        Line();
    }

    private static string CSharpString(string text)
    {
        var literal = PatternCode.Utf8(text);
        return literal.EndsWith("u8", System.StringComparison.Ordinal)
            ? literal.Substring(0, literal.Length - 2)
            : "global::System.Text.Encoding.UTF8.GetString(" + literal + ")";
    }
}
