using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SageMakerRules.Generators.Tests.Schema;

/// <summary>
/// Turns a YAML document into the JSON value a YAML 1.2 editor validates against the schema: plain scalars resolve
/// to null, booleans and numbers by the core schema, quoted scalars stay strings.
/// </summary>
internal static partial class YamlToJson
{
    public static JToken Convert(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));

        return stream.Documents.Count == 0 ? JValue.CreateNull() : ToToken(stream.Documents[0].RootNode);
    }

    private static JToken ToToken(YamlNode node) =>
        node switch
        {
            YamlMappingNode mapping => ToObject(mapping),
            YamlSequenceNode sequence => new JArray(sequence.Children.Select(ToToken)),
            YamlScalarNode scalar => ToValue(scalar),
            _ => throw new NotSupportedException($"YAML node {node.NodeType} at {node.Start} is not supported."),
        };

    private static JObject ToObject(YamlMappingNode mapping)
    {
        var result = new JObject();
        foreach (var (key, value) in mapping.Children)
        {
            result[((YamlScalarNode)key).Value ?? ""] = ToToken(value);
        }

        return result;
    }

    private static JValue ToValue(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain || IsStringTag(scalar.Tag))
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

        if (IntegerPattern().IsMatch(text))
        {
            return new JValue(long.Parse(text, CultureInfo.InvariantCulture));
        }

        return FloatPattern().IsMatch(text)
            ? new JValue(double.Parse(text, CultureInfo.InvariantCulture))
            : new JValue(text);
    }

    private static bool IsStringTag(TagName tag) =>
        !tag.IsEmpty && !tag.IsNonSpecific && tag.Value is "tag:yaml.org,2002:str" or "!!str";

    [GeneratedRegex("^[-+]?[0-9]{1,18}$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
