using System.Text;
using System.Text.RegularExpressions;

namespace SageMakerRules.Agent.Rules;

/// <summary>
/// The display name template of the parameter-map mode: text with <c>{attribute}</c> placeholders, rendered per
/// event and sanitised to SageMaker's display-name pattern <c>[a-zA-Z0-9](-*[a-zA-Z0-9]){0,81}</c>.
/// </summary>
internal sealed partial class DisplayNameTemplate
{
    private const int MaxLength = 82;
    private readonly string _template;

    private DisplayNameTemplate(string template, IReadOnlyList<string> attributes)
    {
        _template = template;
        Attributes = attributes;
    }

    public IReadOnlyList<string> Attributes { get; }

    public static DisplayNameTemplate? Parse(string? template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return null;
        }

        var attributes = Placeholder()
            .Matches(template)
            .Select(match => match.Groups[1].Value.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();

        return new DisplayNameTemplate(template, attributes);
    }

    /// <summary>Renders the template; a missing attribute renders as empty text. Null when nothing is left.</summary>
    public string? Render(Func<string, string?> read)
    {
        var text = Placeholder().Replace(_template, match => read(match.Groups[1].Value.Trim()) ?? "");
        return Sanitise(text);
    }

    internal static string? Sanitise(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, MaxLength));
        foreach (var character in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(character) ? character : '-');
        }

        var name = builder.ToString().Trim('-');
        if (name.Length > MaxLength)
        {
            name = name[..MaxLength].TrimEnd('-');
        }

        return name.Length == 0 ? null : name;
    }

    [GeneratedRegex(@"\{([^{}]+)\}")]
    private static partial Regex Placeholder();
}
