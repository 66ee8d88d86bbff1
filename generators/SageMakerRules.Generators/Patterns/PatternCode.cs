using System.Globalization;
using System.Linq;
using System.Text;

namespace SageMakerRules.Generators.Patterns;

/// <summary>Writes C# literals for emitted pattern code.</summary>
internal static class PatternCode
{
    /// <summary>A UTF-8 literal (<c>"..."u8</c>) for <paramref name="text"/>.</summary>
    public static string Utf8(string text)
    {
        if (HasLoneSurrogate(text))
        {
            return "new byte[] { " + Bytes(Encoding.UTF8.GetBytes(text)) + " }";
        }

        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ' || c > '~')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append("\"u8").ToString();
    }

    /// <summary>Byte values separated by commas.</summary>
    public static string Bytes(System.Collections.Generic.IEnumerable<byte> bytes) =>
        string.Join(", ", bytes.Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture)));

    /// <summary>A C# long literal.</summary>
    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>A C# double literal.</summary>
    public static string Double(double value) =>
        double.IsInfinity(value) || double.IsNaN(value)
            ? "double.NaN"
            : value.ToString("R", CultureInfo.InvariantCulture) + "d";

    /// <summary>A C# ulong literal.</summary>
    public static string Mask(int bit) => "0x" + (1UL << (bit % 64)).ToString("X", CultureInfo.InvariantCulture) + "UL";

    /// <summary>The state field holding a bit.</summary>
    public static string Word(int bit) => "Bits" + (bit / 64).ToString(CultureInfo.InvariantCulture);

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
