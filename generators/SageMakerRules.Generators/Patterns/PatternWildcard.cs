using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// EventBridge wildcard patterns: <c>*</c> matches any run of characters, <c>\*</c> is a literal star and
/// <c>\\</c> a literal backslash; two consecutive wildcards and other escapes are rejected.
/// </summary>
public static class PatternWildcard
{
    /// <summary>EventBridge's reason for rejecting <paramref name="pattern"/>, or null when it is valid.</summary>
    public static string? Validate(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                if (i + 1 >= pattern.Length || (pattern[i + 1] != '*' && pattern[i + 1] != '\\'))
                {
                    return "Invalid escape character at pos " + i.ToString(CultureInfo.InvariantCulture);
                }

                i++;
            }
            else if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                return "Consecutive wildcard characters at pos " + (i + 1).ToString(CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>Splits a valid pattern into its literal segments (one more than the number of wildcards).</summary>
    public static IReadOnlyList<string> Segments(string pattern)
    {
        var segments = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                current.Append(pattern[++i]);
            }
            else if (c == '*')
            {
                segments.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        segments.Add(current.ToString());
        return segments;
    }
}
