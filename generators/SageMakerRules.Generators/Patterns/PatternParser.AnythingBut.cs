using System.Collections.Generic;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

public sealed partial class PatternParser
{
    private const string AnythingButShape = "Value of anything-but must be an array or single string/number value.";

    private static PatternMatcher ParseAnythingBut(PatternValue value, IReadOnlyList<string> path)
    {
        switch (value.Kind)
        {
            case PatternValueKind.String:
            case PatternValueKind.Number:
                return PatternMatcher.OfAnythingBut([ParseMatcher(value, path)!]);
            case PatternValueKind.Array:
                return PatternMatcher.OfAnythingBut(ParseAnythingButList(value, path));
            case PatternValueKind.Object:
                return PatternMatcher.OfAnythingBut(ParseAnythingButOperator(value, path));
            default:
                throw Reject("SMR304", AnythingButShape, path, value);
        }
    }

    private static IReadOnlyList<PatternMatcher> ParseAnythingButList(PatternValue value, IReadOnlyList<string> path)
    {
        RequireItems(value, path);
        foreach (var item in value.Items)
        {
            if (item.Kind != PatternValueKind.String && item.Kind != PatternValueKind.Number)
            {
                var reason = "Inside anything but list, start|null|boolean is not supported.";
                throw Reject("SMR304", reason, path, item);
            }
        }

        if (value.Items.Select(i => i.Kind).Distinct().Count() > 1)
        {
            var reason =
                "Inside anything but list, either all values are number or string, mixed type is not supported";
            throw Reject("SMR304", reason, path, value);
        }

        return value.Items.Select(i => ParseMatcher(i, path)!).ToList();
    }

    private static IReadOnlyList<PatternMatcher> ParseAnythingButOperator(
        PatternValue value,
        IReadOnlyList<string> path
    )
    {
        if (value.Members.Count != 1)
        {
            var reason =
                value.Members.Count == 0 ? "Empty objects are not allowed" : "Only one key allowed in match expression";
            throw Reject("SMR304", reason, path, value);
        }

        var name = value.Members[0].Key;
        var operand = value.Members[0].Value;
        return name switch
        {
            "prefix" => ParseExcludedTexts(operand, path, PatternMatcherKind.Prefix, "prefix/suffix"),
            "suffix" => ParseExcludedTexts(operand, path, PatternMatcherKind.Suffix, "prefix/suffix"),
            IgnoreCaseKey => ParseExcludedTexts(operand, path, PatternMatcherKind.EqualsIgnoreCase, IgnoreCaseKey),
            "wildcard" => ParseExcludedTexts(operand, path, PatternMatcherKind.Wildcard, "wildcard"),
            _ => throw Reject("SMR304", "Unsupported anything-but pattern: " + name, path, value),
        };
    }

    private static IReadOnlyList<PatternMatcher> ParseExcludedTexts(
        PatternValue operand,
        IReadOnlyList<string> path,
        PatternMatcherKind kind,
        string name
    )
    {
        if (operand.Kind == PatternValueKind.Object || operand.Kind == PatternValueKind.Null)
        {
            throw Reject("SMR304", AnythingButShape, path, operand);
        }

        var items = operand.Kind == PatternValueKind.Array ? operand.Items : [operand];
        RequireItems(operand, path);
        foreach (var item in items)
        {
            if (item.Kind != PatternValueKind.String)
            {
                throw Reject("SMR304", ExcludedTextReason(kind, name, operand), path, item);
            }

            var problem = kind == PatternMatcherKind.Wildcard ? PatternWildcard.Validate(item.Text) : null;
            if (problem is not null)
            {
                throw Reject("SMR304", problem, path, item);
            }
        }

        return items.Select(i => PatternMatcher.OfText(kind, i.Text)).ToList();
    }

    private static string ExcludedTextReason(PatternMatcherKind kind, string name, PatternValue operand) =>
        kind == PatternMatcherKind.EqualsIgnoreCase && operand.Kind == PatternValueKind.Array
            ? "Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported."
            : name + " match pattern must be a string";

    private static void RequireItems(PatternValue value, IReadOnlyList<string> path)
    {
        if (value.Kind == PatternValueKind.Array && value.Items.Count == 0)
        {
            throw Reject("SMR301", "Empty arrays are not allowed", path, value);
        }
    }
}
