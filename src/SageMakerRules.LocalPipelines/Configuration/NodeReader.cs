using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.LocalPipelines.Configuration;

/// <summary>
/// Reads typed values out of YAML nodes and records every problem with its file, line and column, so that one load
/// reports all the mistakes in a pipelines file at once.
/// </summary>
internal sealed partial class NodeReader(string source)
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors => _errors;

    public void Error(YamlNode node, string message) =>
        _errors.Add($"{source}({node.Start.Line},{node.Start.Column}): {message}");

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, $"{what} must be a mapping of keys to values.");

        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode node, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence;
        }

        Error(node, $"{what} must be a list.");

        return null;
    }

    /// <summary>
    /// The entries of a mapping whose keys are allowed; other keys (except <c>x-</c> ones) are errors.
    /// </summary>
    public IEnumerable<(string Key, YamlNode Value)> Entries(
        YamlMappingNode mapping,
        string what,
        params string[] allowed
    )
    {
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;

            if (allowed.Contains(key, StringComparer.Ordinal))
            {
                yield return (key, value);
            }
            else if (!key.StartsWith("x-", StringComparison.Ordinal))
            {
                Error(keyNode, $"Unknown key '{key}' in {what}; expected one of: {string.Join(", ", allowed)}.");
            }
        }
    }

    public string? Text(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        Error(node, $"{what} must be a single value, not a list or mapping.");

        return null;
    }

    public double? Number(YamlNode node, string what)
    {
        var text = Text(node, what);

        if (text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (text is not null)
        {
            Error(node, $"{what} must be a number, not '{text}'.");
        }

        return null;
    }

    public int? Integer(YamlNode node, string what)
    {
        var text = Text(node, what);

        if (
            text is not null
            && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
        )
        {
            return number;
        }

        if (text is not null)
        {
            Error(node, $"{what} must be a whole number, not '{text}'.");
        }

        return null;
    }

    /// <summary>A duration such as <c>30s</c>, <c>5m</c>, <c>1h30m</c>, <c>250ms</c>, or a number of seconds.</summary>
    public TimeSpan? Duration(YamlNode node, string what)
    {
        var text = Text(node, what)?.Trim();

        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DurationPattern().IsMatch(text))
        {
            return DurationGroup().Matches(text).Aggregate(TimeSpan.Zero, (sum, group) => sum + ToTimeSpan(group));
        }

        Error(node, $"{what} '{text}' is not a duration; write for example 30s, 5m, 1h30m or 250ms.");

        return null;
    }

    private static TimeSpan ToTimeSpan(Match group)
    {
        var amount = long.Parse(group.Groups[1].Value, CultureInfo.InvariantCulture);

        return group.Groups[2].Value switch
        {
            "ms" => TimeSpan.FromMilliseconds(amount),
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
    }

    [GeneratedRegex("^([0-9]+(ms|s|m|h|d))+$")]
    private static partial Regex DurationPattern();

    [GeneratedRegex("([0-9]+)(ms|s|m|h|d)")]
    private static partial Regex DurationGroup();
}
