using System.Text;

namespace SageMakerRules.Generators.Model;

/// <summary>
/// SageMaker's execution display-name rule at build time, the same as <c>RuleText.SanitizeDisplayName</c> at run
/// time: every character that is not an ASCII letter or digit becomes <c>-</c>, leading and trailing <c>-</c> go, and
/// the result is cut to 82 characters.
/// </summary>
internal static class DisplayNames
{
    /// <summary>The longest display name SageMaker accepts.</summary>
    public const int MaxLength = 82;

    /// <summary>The display name a literal becomes; empty when no letter or digit remains.</summary>
    public static string Sanitize(string text)
    {
        var builder = new StringBuilder();
        foreach (var character in text)
        {
            if (builder.Length == MaxLength)
            {
                break;
            }

            var valid = IsAsciiLetterOrDigit(character);
            if (valid || builder.Length > 0)
            {
                builder.Append(valid ? character : '-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }

    private static bool IsAsciiLetterOrDigit(char character) =>
        character is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
