using System.Collections.Generic;

namespace SageMakerRules.Generators.Parsing;

/// <summary>Parses RFC 6901 JSON Pointers into unescaped segments.</summary>
internal static class JsonPointer
{
    /// <summary>The segments of <paramref name="pointer"/>, or null with a reason.</summary>
    public static List<string>? TryParse(string pointer, out string? error)
    {
        error = null;
        if (pointer.Length == 0 || pointer == "/")
        {
            error =
                pointer.Length == 0
                    ? "an empty pointer means the whole event; point at a property such as /status"
                    : "'/' names a property with an empty name; point at a property such as /status";
            return null;
        }

        if (pointer[0] != '/')
        {
            error = "a pointer starts with '/'";
            return null;
        }

        var segments = new List<string>();
        foreach (var raw in pointer.Substring(1).Split('/'))
        {
            var segment = Unescape(raw, out error);
            if (segment is null)
            {
                return null;
            }

            segments.Add(segment);
        }

        return segments;
    }

    /// <summary>Whether a segment can also address an array element (RFC 6901 array index form).</summary>
    public static bool IsIndex(string segment, out int index)
    {
        index = -1;
        if (segment.Length == 0 || segment.Length > 9 || (segment.Length > 1 && segment[0] == '0'))
        {
            return false;
        }

        foreach (var character in segment)
        {
            if (character is < '0' or > '9')
            {
                return false;
            }
        }

        index = int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    private static string? Unescape(string raw, out string? error)
    {
        error = null;
        for (var i = raw.IndexOf('~'); i >= 0; i = raw.IndexOf('~', i + 1))
        {
            if (i + 1 >= raw.Length || raw[i + 1] is not ('0' or '1'))
            {
                error = "'~' must be followed by 0 (for ~) or 1 (for /)";
                return null;
            }
        }

        return raw.Replace("~1", "/").Replace("~0", "~");
    }
}
