using System.Globalization;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Parsing;

/// <summary>
/// Finds UTF-16 surrogates without their other half in a rule file's text. Such a character is not Unicode text: a
/// file read from disk never holds one (decoding turns bad bytes into U+FFFD), but an editor or tool that hands the
/// text over in memory can. YamlDotNet rejects the escaped form (<c>"\uD800"</c>) but passes the raw character on,
/// and no <c>"..."u8</c> literal can hold it, so the file is rejected where the character stands.
/// </summary>
internal static class UnicodeText
{
    /// <summary>
    /// Finds the first lone surrogate of <paramref name="text"/> and a reason naming it; false when there is none.
    /// </summary>
    public static bool TryFindLoneSurrogate(string text, out SourceSpan span, out string reason)
    {
        var line = 0;
        var column = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                column += 2;
                continue;
            }

            if (char.IsSurrogate(text[i]))
            {
                span = new SourceSpan(i, i + 1, line, column, line, column + 1);
                reason = Reason(text[i]);
                return true;
            }

            line += text[i] == '\n' ? 1 : 0;
            column = text[i] == '\n' ? 0 : column + 1;
        }

        span = default;
        reason = string.Empty;
        return false;
    }

    private static string Reason(char surrogate)
    {
        var code = "U+" + ((int)surrogate).ToString("X4", CultureInfo.InvariantCulture);
        var missing = char.IsHighSurrogate(surrogate) ? "low" : "high";
        return $"the text holds {code}, a UTF-16 surrogate without its {missing} half, which is not a Unicode "
            + "character; remove it or write the character it was meant to be (save the file as UTF-8)";
    }
}
