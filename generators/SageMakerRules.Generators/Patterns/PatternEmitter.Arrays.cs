using System.Globalization;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

public sealed partial class PatternEmitter
{
    private const string JObject = "global::Newtonsoft.Json.Linq.JObject";

    private void WriteMatchesInArrays()
    {
        Line(
            "/// <summary>True when the pattern matched an event whose arrays were read element by element.</summary>"
        );
        Line("private static bool PatternMatchesInArrays(in PatternState state) =>");
        _indent++;
        Line(_arrays.Matches("state") + ";");
        _indent--;
        Line();
    }

    private void WriteArrayElement(string reader, string call)
    {
        Line("    while (" + reader + ")");
        Line("    {");
        Line("        " + call);
        Line("    }");
    }

    private string ElementCall(PatternTrie node, bool token)
    {
        var id = node.Id.ToString(CultureInfo.InvariantCulture);
        if (!_arrays.IsScoping(node))
        {
            return token
                ? "PatternVisit" + id + "(array[i], ref state);"
                : "PatternVisit" + id + "(ref reader, ref state);";
        }

        return token
            ? "if (array[i] is "
                + JObject
                + " element) PatternElement"
                + id
                + "(element, ref state); "
                + "else PatternVisit"
                + id
                + "(array[i], ref state);"
            : "if (reader.TokenType == "
                + TokenType
                + ".StartObject) PatternElement"
                + id
                + "(ref reader, ref state); "
                + "else PatternVisit"
                + id
                + "(ref reader, ref state);";
    }

    private void WriteElement(PatternTrie node)
    {
        if (!_arrays.IsScoping(node))
        {
            return;
        }

        var id = node.Id.ToString(CultureInfo.InvariantCulture);
        Line(
            "/// <summary>Reads one object element of an array at this path on its own (array consistency).</summary>"
        );
        Open("private static void PatternElement" + id + "(" + Reader + ", ref PatternState state)");
        WriteElementBody(node, "PatternObject" + id + "(ref reader, ref state);");
        Close();
        Line();
        Line("/// <summary>Reads one object element of a parsed array at this path on its own.</summary>");
        Open("private static void PatternElement" + id + "(" + JObject + " value, ref PatternState state)");
        WriteElementBody(node, "PatternObject" + id + "(value, ref state);");
        Close();
        Line();
        WriteElementClose(node, id);
    }

    private void WriteElementBody(PatternTrie node, string read)
    {
        Line("var outer = state;");
        foreach (var word in ScopeWords(node))
        {
            Line("state." + word.Name + " &= " + Hex(~word.Mask) + ";");
        }

        Line(read);
        Line("PatternClose" + node.Id.ToString(CultureInfo.InvariantCulture) + "(in outer, ref state);");
    }

    private void WriteElementClose(PatternTrie node, string id)
    {
        Line("/// <summary>Ends an element: restores the outer bits and records the combinations it held.</summary>");
        Open("private static void PatternClose" + id + "(in PatternState outer, ref PatternState state)");
        Line("var element = state;");
        foreach (var word in ScopeWords(node))
        {
            var keep = "(outer." + word.Name + " & " + Hex(word.Mask) + ")";
            Line("state." + word.Name + " = " + keep + " | (element." + word.Name + " & " + Hex(~word.Mask) + ");");
        }

        foreach (var (term, bit) in _arrays.TermBits(node))
        {
            Open("if (" + _arrays.Satisfied(node, term, "element") + ")");
            Line("state." + PatternCode.Word(bit) + " |= " + PatternCode.Mask(bit) + ";");
            Close();
            Line();
        }

        Line("state." + PatternCode.Word(_arrays.FlagBit) + " |= " + PatternCode.Mask(_arrays.FlagBit) + ";");
        Close();
        Line();
    }

    private System.Collections.Generic.IEnumerable<(string Name, ulong Mask)> ScopeWords(PatternTrie node) =>
        _arrays
            .ScopeBits(node)
            .GroupBy(bit => bit / 64)
            .Select(group =>
                (PatternCode.Word(group.Key * 64), group.Aggregate(0UL, (mask, bit) => mask | (1UL << (bit % 64))))
            );

    private static string Hex(ulong value) => "0x" + value.ToString("X", CultureInfo.InvariantCulture) + "UL";
}
