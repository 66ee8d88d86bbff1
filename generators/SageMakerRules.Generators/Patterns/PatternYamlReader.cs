using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// Converts the YAML <c>match:</c> node into a <see cref="PatternValue"/>: a mapping is the pattern itself (plain
/// scalars resolve like YAML 1.2 JSON-compatible values), a scalar holds the pattern as JSON text.
/// </summary>
public static class PatternYamlReader
{
    private const string StringTag = "tag:yaml.org,2002:str";

    /// <summary>Reads the node; null with <paramref name="error"/> set when its JSON text is not valid.</summary>
    public static PatternValue? Read(YamlNode node, out PatternError? error)
    {
        if (node is YamlScalarNode scalar && scalar.Style != ScalarStyle.Plain)
        {
            return PatternJsonReader.Read(scalar.Value ?? string.Empty, JsonLocator(scalar), out error);
        }

        if (node is YamlScalarNode plain && Resolve(plain) == PatternValueKind.String)
        {
            return PatternJsonReader.Read(plain.Value ?? string.Empty, JsonLocator(plain), out error);
        }

        error = null;
        return Convert(node);
    }

    /// <summary>Converts a YAML node into a pattern value.</summary>
    public static PatternValue Convert(YamlNode node)
    {
        var location = LocationOf(node.Start);
        switch (node)
        {
            case YamlMappingNode mapping:
                var members = new List<KeyValuePair<string, PatternValue>>();
                foreach (var entry in mapping.Children)
                {
                    var key = entry.Key is YamlScalarNode k ? k.Value ?? string.Empty : entry.Key.ToString();
                    members.Add(new KeyValuePair<string, PatternValue>(key, Convert(entry.Value)));
                }

                return PatternValue.Object(members, location);
            case YamlSequenceNode sequence:
                var items = new List<PatternValue>();
                foreach (var child in sequence.Children)
                {
                    items.Add(Convert(child));
                }

                return PatternValue.Array(items, location);
            case YamlScalarNode scalar:
                return PatternValue.Scalar(Resolve(scalar), scalar.Value ?? string.Empty, location);
            default:
                return PatternValue.Scalar(PatternValueKind.Null, string.Empty, location);
        }
    }

    /// <summary>The location of a YamlDotNet mark.</summary>
    public static PatternLocation LocationOf(Mark mark) => new((int)mark.Line, (int)mark.Column, (int)mark.Index);

    private static PatternValueKind Resolve(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style != ScalarStyle.Plain || (!scalar.Tag.IsEmpty && scalar.Tag.Value == StringTag))
        {
            return PatternValueKind.String;
        }

        return ResolvePlain(text);
    }

    /// <summary>The JSON kind of an unquoted YAML scalar (YAML 1.2's JSON-compatible resolution).</summary>
    internal static PatternValueKind ResolvePlain(string text)
    {
        switch (text)
        {
            case "":
            case "~":
            case "null":
            case "Null":
            case "NULL":
                return PatternValueKind.Null;
            case "true":
            case "True":
            case "TRUE":
                return PatternValueKind.True;
            case "false":
            case "False":
            case "FALSE":
                return PatternValueKind.False;
        }

        return PatternNumber.IsJsonNumber(text) ? PatternValueKind.Number : PatternValueKind.String;
    }

    private static System.Func<int, int, int, PatternLocation> JsonLocator(YamlScalarNode scalar)
    {
        var block = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
        return JsonLocator(LocationOf(scalar.Start), block, quoted);
    }

    /// <summary>
    /// Maps positions in JSON text held by a YAML string to the rule file: exact on a one-line quoted or plain
    /// string; in a block, the line is exact and the column is the column inside the JSON text.
    /// </summary>
    internal static System.Func<int, int, int, PatternLocation> JsonLocator(
        PatternLocation start,
        bool block,
        bool quoted
    )
    {
        var quote = quoted ? 1 : 0;
        return (line, column, index) =>
            block ? new PatternLocation(start.Line + line, column, start.Index)
            : line == 1
                ? new PatternLocation(start.Line, start.Column + quote + column - 1, start.Index + quote + index)
            : new PatternLocation(start.Line + line - 1, column, start.Index);
    }
}
