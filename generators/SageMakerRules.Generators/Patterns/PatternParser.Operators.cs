using System.Collections.Generic;

namespace SageMakerRules.Generators.Patterns;

public sealed partial class PatternParser
{
    private const string IgnoreCaseKey = "equals-ignore-case";

    /// <summary>Parses one element of a field's array; null stands for <c>{"exists": false}</c>.</summary>
    private static PatternMatcher? ParseMatcher(PatternValue item, IReadOnlyList<string> path)
    {
        switch (item.Kind)
        {
            case PatternValueKind.String:
                return PatternMatcher.OfText(PatternMatcherKind.ExactString, item.Text);
            case PatternValueKind.Number:
                return PatternMatcher.OfNumber(item.Text);
            case PatternValueKind.True:
                return PatternMatcher.Of(PatternMatcherKind.ExactTrue);
            case PatternValueKind.False:
                return PatternMatcher.Of(PatternMatcherKind.ExactFalse);
            case PatternValueKind.Null:
                return PatternMatcher.Of(PatternMatcherKind.ExactNull);
            case PatternValueKind.Array:
                throw Reject("SMR301", "Match value must be String, number, true, false, or null", path, item);
            default:
                return ParseOperator(item, path);
        }
    }

    private static PatternMatcher? ParseOperator(PatternValue item, IReadOnlyList<string> path)
    {
        if (item.Members.Count == 0)
        {
            throw Reject("SMR301", "Empty objects are not allowed", path, item);
        }

        if (item.Members.Count > 1)
        {
            throw Reject("SMR302", "Only one key allowed in match expression", path, item.Members[1].Value);
        }

        var name = item.Members[0].Key;
        var value = item.Members[0].Value;
        switch (name)
        {
            case "prefix":
                return ParseAffix(value, path, PatternMatcherKind.Prefix, PatternMatcherKind.PrefixIgnoreCase);
            case "suffix":
                return ParseAffix(value, path, PatternMatcherKind.Suffix, PatternMatcherKind.SuffixIgnoreCase);
            case IgnoreCaseKey:
                var text = RequireString(value, path, IgnoreCaseKey);
                return PatternMatcher.OfText(PatternMatcherKind.EqualsIgnoreCase, text);
            case "wildcard":
                return ParseWildcard(value, path);
            case "anything-but":
                return ParseAnythingBut(value, path);
            case "numeric":
                return ParseNumeric(value, path);
            case "exists":
                return ParseExists(value, path);
            case "cidr":
                return ParseCidr(value, path);
            default:
                throw Reject("SMR302", "Unrecognized match type " + name, path, item);
        }
    }

    private static PatternMatcher ParseAffix(
        PatternValue value,
        IReadOnlyList<string> path,
        PatternMatcherKind kind,
        PatternMatcherKind ignoreCaseKind
    )
    {
        var name = kind == PatternMatcherKind.Prefix ? "prefix" : "suffix";
        if (value.Kind == PatternValueKind.String)
        {
            return PatternMatcher.OfText(kind, value.Text);
        }

        if (value.Kind == PatternValueKind.Object && value.Members.Count == 1 && value.Members[0].Key == IgnoreCaseKey)
        {
            var text = RequireString(value.Members[0].Value, path, IgnoreCaseKey);
            return PatternMatcher.OfText(ignoreCaseKind, text);
        }

        throw Reject("SMR303", name + " match pattern must be a string", path, value);
    }

    private static PatternMatcher ParseWildcard(PatternValue value, IReadOnlyList<string> path)
    {
        var text = RequireString(value, path, "wildcard");
        var problem = PatternWildcard.Validate(text);
        if (problem is not null)
        {
            throw Reject("SMR303", problem, path, value);
        }

        return PatternMatcher.OfText(PatternMatcherKind.Wildcard, text);
    }

    private static PatternMatcher? ParseExists(PatternValue value, IReadOnlyList<string> path) =>
        value.Kind switch
        {
            PatternValueKind.True => PatternMatcher.Of(PatternMatcherKind.Exists),
            PatternValueKind.False => null,
            _ => throw Reject("SMR306", "exists match pattern must be either true or false.", path, value),
        };

    private static PatternMatcher ParseCidr(PatternValue value, IReadOnlyList<string> path)
    {
        var text = RequireString(value, path, "cidr");
        var problem = PatternCidr.TryParse(text, out var network, out var maskBits);
        if (problem is not null)
        {
            throw Reject("SMR307", problem, path, value);
        }

        return PatternMatcher.OfCidr(text, network, maskBits);
    }

    private static string RequireString(PatternValue value, IReadOnlyList<string> path, string name)
    {
        if (value.Kind != PatternValueKind.String)
        {
            var id = name == "cidr" ? "SMR307" : "SMR303";
            throw Reject(id, name + " match pattern must be a string", path, value);
        }

        return value.Text;
    }
}
