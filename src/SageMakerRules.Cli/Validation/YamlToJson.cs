using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.Cli.Validation;

/// <summary>
/// Converts a rule file to the JSON value an editor's YAML language server validates against the schema (YAML 1.2
/// core schema: plain scalars become null, booleans, numbers or strings; quoted scalars stay strings). Every value
/// and property carries a <see cref="YamlPosition"/> annotation, so a schema violation can be located in the file.
/// </summary>
internal static partial class YamlToJson
{
    /// <summary>The first document of <paramref name="yaml"/>, or <see langword="null"/> if it does not load.</summary>
    /// <param name="yaml">The rule file's text.</param>
    /// <remarks>A file that is not well-formed YAML is left to the compiler, which reports where it breaks.</remarks>
    public static JToken? TryConvert(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (Exception exception) when (exception is YamlException or ArgumentException)
        {
            return null;
        }

        return stream.Documents.Count == 0 ? null : ToToken(stream.Documents[0].RootNode);
    }

    private static JToken ToToken(YamlNode node)
    {
        JToken token = node switch
        {
            YamlMappingNode mapping => ToObject(mapping),
            YamlSequenceNode sequence => new JArray(sequence.Children.Select(ToToken)),
            YamlScalarNode scalar => ToValue(scalar),
            _ => JValue.CreateNull(),
        };
        token.AddAnnotation(new YamlPosition(Line(node.Start), Column(node.Start), EndLine(node, token)));
        return token;
    }

    private static JObject ToObject(YamlMappingNode mapping)
    {
        var result = new JObject();
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();
            if (result.ContainsKey(name))
            {
                // A duplicate key is the compiler's to report (SMR025); the schema sees the first one.
                continue;
            }

            var property = new JProperty(name, ToToken(value));
            property.AddAnnotation(new YamlPosition(Line(key.Start), Column(key.Start), EndLineOf(property.Value)));
            result.Add(property);
        }

        return result;
    }

    private static int Line(Mark mark) => (int)mark.Line;

    private static int Column(Mark mark) => (int)mark.Column;

    private static int EndLineOf(JToken token) => token.Annotation<YamlPosition>()!.EndLine;

    private static int EndLine(YamlNode node, JToken token)
    {
        if (node is YamlScalarNode)
        {
            // A block scalar's end mark is the start of the line after it.
            var end = node.End;
            return end.Column == 1 && end.Line > node.Start.Line ? Line(end) - 1 : Line(end);
        }

        // YamlDotNet gives a mapping or list no end of its own: it ends where its last entry ends.
        var children = token is JObject mapping ? mapping.Properties().Select(p => p.Value) : token.Children();
        return children.Select(EndLineOf).Append(Line(node.Start)).Max();
    }

    private static JValue ToValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty)
        {
            return new JValue(text);
        }

        if (text is "" or "~" or "null" or "Null" or "NULL")
        {
            return JValue.CreateNull();
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return new JValue(text[0] is 't' or 'T');
        }

        if (Integer().IsMatch(text) && long.TryParse(text, CultureInfo.InvariantCulture, out var integer))
        {
            return new JValue(integer);
        }

        return Number().IsMatch(text) ? new JValue(double.Parse(text, CultureInfo.InvariantCulture)) : new JValue(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Number();
}
