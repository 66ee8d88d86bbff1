namespace SageMakerRules.Generators.Patterns;

public sealed partial class PatternEmitter
{
    private void WritePathReaders(int path)
    {
        var name = string.Join(".", _model.Paths[path]).Replace("*/", "* /");
        Line(
            "/// <summary>Tests the value the reader is on against the pattern path <c>"
                + Escape(name)
                + "</c>.</summary>"
        );
        Open("internal static void MatchPath" + path + "(" + Reader + ", ref PatternState state)");
        Open("switch (reader.TokenType)");
        Line("case " + TokenType + ".StartArray:");
        Line("    while (reader.Read() && reader.TokenType != " + TokenType + ".EndArray)");
        Line("    {");
        Line("        MatchPath" + path + "(ref reader, ref state);");
        Line("    }");
        Line("    return;");
        Line("case " + TokenType + ".StartObject:");
        Line("    reader.Skip();");
        Line("    return;");
        Line("case " + TokenType + ".String:");
        Line("    if (!reader.ValueIsEscaped && !reader.HasValueSequence)");
        Line("    {");
        Line("        PatternString" + path + "(reader.ValueSpan, ref state);");
        Line("        return;");
        Line("    }");
        Line();
        Line("    PatternEscaped" + path + "(ref reader, ref state);");
        Line("    return;");
        Line("case " + TokenType + ".Number:");
        Line("    var inRange = PatternSupport.TryScale(ref reader, out var scaled, out var number);");
        Line("    PatternNumber" + path + "(inRange, scaled, number, ref state);");
        Line("    return;");
        Line("case " + TokenType + ".True:");
        Line("    PatternLiteral" + path + "(PatternSupport.True, ref state);");
        Line("    return;");
        Line("case " + TokenType + ".False:");
        Line("    PatternLiteral" + path + "(PatternSupport.False, ref state);");
        Line("    return;");
        Line("case " + TokenType + ".Null:");
        Line("    PatternLiteral" + path + "(PatternSupport.Null, ref state);");
        Line("    return;");
        Close();
        Close();
        Line();
        WriteTokenReader(path, name);
    }

    private void WriteTokenReader(int path, string name)
    {
        var type = "global::Newtonsoft.Json.Linq.JTokenType";
        Line("/// <summary>Tests a parsed value against the pattern path <c>" + Escape(name) + "</c>.</summary>");
        Open("internal static void MatchPath" + path + "(" + JToken + " token, ref PatternState state)");
        Open("switch (token.Type)");
        Line("case " + type + ".Array:");
        Line("    var array = (global::Newtonsoft.Json.Linq.JArray)token;");
        Line("    for (var i = 0; i < array.Count; i++)");
        Line("    {");
        Line("        MatchPath" + path + "(array[i], ref state);");
        Line("    }");
        Line("    return;");
        Line("case " + type + ".Object:");
        Line("case " + type + ".Property:");
        Line("case " + type + ".Constructor:");
        Line("    return;");
        Line("case " + type + ".Integer:");
        Line("case " + type + ".Float:");
        Line("    var inRange = PatternSupport.TryScale(token, out var scaled, out var number);");
        Line("    PatternNumber" + path + "(inRange, scaled, number, ref state);");
        Line("    return;");
        Line("case " + type + ".Boolean:");
        Line("    var flag = (bool)token;");
        Line("    PatternLiteral" + path + "(flag ? PatternSupport.True : PatternSupport.False, ref state);");
        Line("    return;");
        Line("case " + type + ".Null:");
        Line("case " + type + ".Undefined:");
        Line("    PatternLiteral" + path + "(PatternSupport.Null, ref state);");
        Line("    return;");
        Line("default:");
        Line("    PatternText" + path + "(PatternSupport.TextOf(token), ref state);");
        Line("    return;");
        Close();
        Close();
        Line();
        WriteStringCopies(path);
    }

    private void WriteStringCopies(int path)
    {
        var span = "global::System.Span<byte>";
        var pool = "global::System.Buffers.ArrayPool<byte>.Shared";
        Open("private static void PatternEscaped" + path + "(" + Reader + ", ref PatternState state)");
        Line("var length = PatternSupport.RawLength(ref reader);");
        Line("byte[]? rented = null;");
        Line(span + " buffer = length <= 256 ? stackalloc byte[256] : (rented = " + pool + ".Rent(length));");
        Line("var written = reader.CopyString(buffer);");
        Line("PatternString" + path + "(buffer.Slice(0, written), ref state);");
        Line("PatternSupport.Return(rented);");
        Close();
        Line();
        Open("private static void PatternText" + path + "(string text, ref PatternState state)");
        Line("var length = global::System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);");
        Line("byte[]? rented = null;");
        Line(span + " buffer = length <= 512 ? stackalloc byte[512] : (rented = " + pool + ".Rent(length));");
        Line("var written = global::System.Text.Encoding.UTF8.GetBytes(text, buffer);");
        Line("PatternString" + path + "(buffer.Slice(0, written), ref state);");
        Line("PatternSupport.Return(rented);");
        Close();
        Line();
    }

    private void WritePathTests(int path)
    {
        WriteValueTest(path, "String", "global::System.ReadOnlySpan<byte> value", StringTest);
        WriteValueTest(path, "Number", "bool inRange, long scaled, double number", NumberTest);
        WriteValueTest(path, "Literal", "int literal", LiteralTest);
    }

    private void WriteValueTest(int path, string kind, string parameters, System.Func<PatternMatcher, string> test)
    {
        Open("private static void Pattern" + kind + path + "(" + parameters + ", ref PatternState state)");
        Line("state." + PatternCode.Word(path) + " |= " + PatternCode.Mask(path) + ";");
        foreach (var testIndex in TestsOf(path))
        {
            var condition = AnyOf(_model.Tests[testIndex].Matchers, test);
            if (condition == "false")
            {
                continue;
            }

            var bit = TestBit(testIndex);
            var word = "state." + PatternCode.Word(bit);
            var mask = PatternCode.Mask(bit);
            Open("if ((" + word + " & " + mask + ") == 0 && (" + condition + "))");
            Line(word + " |= " + mask + ";");
            Close();
        }

        Close();
        Line();
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\n", " ").Replace("\r", " ");
}
