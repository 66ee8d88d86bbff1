using System.Collections.Generic;
using System.Linq;
using SageMakerRules.Generators.Parsing;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// Converts the generator's located YAML syntax (<see cref="YamlValue"/>) of a <c>match:</c> node into a
/// <see cref="PatternValue"/>, with the same rules as <see cref="PatternYamlReader"/>.
/// </summary>
public static class PatternSyntaxReader
{
    /// <summary>Reads the node; null with <paramref name="error"/> set when its JSON text is not valid.</summary>
    public static PatternValue? Read(YamlValue node, out PatternError? error)
    {
        error = null;
        if (node is not YamlScalar scalar)
        {
            return Convert(node);
        }

        if (
            scalar.Style == YamlScalarStyle.Plain
            && PatternYamlReader.ResolvePlain(scalar.Value) != PatternValueKind.String
        )
        {
            return Convert(node);
        }

        var block = scalar.Style == YamlScalarStyle.Block;
        var quoted = scalar.Style is YamlScalarStyle.SingleQuoted or YamlScalarStyle.DoubleQuoted;
        var locate = PatternYamlReader.JsonLocator(LocationOf(scalar), block, quoted);
        return PatternJsonReader.Read(scalar.Value, locate, out error);
    }

    private static PatternValue Convert(YamlValue node)
    {
        var location = LocationOf(node);
        switch (node)
        {
            case YamlMapping mapping:
                var members = mapping.Entries.Select(e => new KeyValuePair<string, PatternValue>(
                    e.Key.Value,
                    Convert(e.Value)
                ));
                return PatternValue.Object(members.ToList(), location);
            case YamlSequence sequence:
                return PatternValue.Array(sequence.Items.Select(Convert).ToList(), location);
            case YamlScalar scalar:
                var kind =
                    scalar.Style == YamlScalarStyle.Plain
                        ? PatternYamlReader.ResolvePlain(scalar.Value)
                        : PatternValueKind.String;
                return PatternValue.Scalar(kind, scalar.Value, location);
            default:
                return PatternValue.Scalar(PatternValueKind.Null, string.Empty, location);
        }
    }

    private static PatternLocation LocationOf(YamlValue node) =>
        new(node.Span.StartLine + 1, node.Span.StartColumn + 1, node.Span.Start);
}
