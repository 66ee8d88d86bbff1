using System;
using System.Collections.Generic;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// Validates an event pattern with EventBridge's rules and turns it into a <see cref="PatternModel"/>. Like
/// EventBridge, it stops at the first problem.
/// </summary>
public sealed partial class PatternParser
{
    private const string OrKey = "$or";

    private readonly List<IReadOnlyList<string>> _paths = [];
    private readonly Dictionary<string, int> _pathIndexes = new(StringComparer.Ordinal);
    private readonly List<PatternFieldTest> _tests = [];
    private PatternValue? _firstOr;

    private PatternParser() { }

    /// <summary>Validates <paramref name="root"/>; null with <paramref name="error"/> set when invalid.</summary>
    public static PatternModel? Parse(PatternValue root, out PatternError? error)
    {
        var parser = new PatternParser();
        try
        {
            var condition = parser.ParseRoot(root);
            if (PatternLimits.CheckCombinations(condition) is { } reason)
            {
                throw Reject("SMR310", reason, [], parser._firstOr ?? root);
            }

            error = null;
            return new PatternModel(parser._paths, parser._tests, condition);
        }
        catch (PatternRejection rejection)
        {
            error = rejection.Error;
            return null;
        }
    }

    private PatternCondition ParseRoot(PatternValue root)
    {
        if (root.Kind != PatternValueKind.Object)
        {
            throw Reject("SMR301", "Filter is not an object", [], root);
        }

        return ParseObject(root, []);
    }

    private PatternCondition ParseObject(PatternValue value, IReadOnlyList<string> prefix)
    {
        if (value.Members.Count == 0)
        {
            throw Reject("SMR301", "Empty objects are not allowed", prefix, value);
        }

        var conditions = new List<PatternCondition>();
        foreach (var group in value.Members.GroupBy(m => m.Key, StringComparer.Ordinal))
        {
            conditions.AddRange(ParseMember(group.Key, group.Select(m => m.Value).ToList(), prefix));
        }

        return conditions.Count == 1 ? conditions[0] : PatternCondition.All(conditions);
    }

    private IEnumerable<PatternCondition> ParseMember(
        string key,
        IReadOnlyList<PatternValue> values,
        IReadOnlyList<string> prefix
    )
    {
        var path = prefix.Concat(key.Split('.')).ToList();
        var conditions = new List<PatternCondition>();
        var fieldArrays = new List<PatternValue>();
        foreach (var value in values)
        {
            if (key == OrKey && IsOrArray(value))
            {
                conditions.Add(ParseOr(value, prefix));
            }
            else if (value.Kind == PatternValueKind.Object)
            {
                conditions.Add(ParseObject(value, path));
            }
            else if (value.Kind == PatternValueKind.Array)
            {
                fieldArrays.Add(value);
            }
            else
            {
                throw Reject("SMR301", "\"" + key + "\" must be an object or an array", path, value);
            }
        }

        if (fieldArrays.Count > 0)
        {
            conditions.Insert(0, ParseField(fieldArrays, path));
        }

        return conditions;
    }

    private static bool IsOrArray(PatternValue value) =>
        value.Kind == PatternValueKind.Array
        && value.Items.Count > 0
        && value.Items.All(i => i.Kind == PatternValueKind.Object);

    private PatternCondition ParseOr(PatternValue value, IReadOnlyList<string> prefix)
    {
        if (value.Items.Count < 2)
        {
            throw Reject("SMR308", "$or must contain at least 2 objects", prefix, value);
        }

        _firstOr ??= value;

        return PatternCondition.Any(value.Items.Select(item => ParseObject(item, prefix)).ToList());
    }

    private PatternCondition ParseField(IReadOnlyList<PatternValue> arrays, IReadOnlyList<string> path)
    {
        var matchers = new List<PatternMatcher>();
        var existsFalse = false;
        foreach (var array in arrays)
        {
            if (array.Items.Count == 0)
            {
                throw Reject("SMR301", "Empty arrays are not allowed", path, array);
            }

            foreach (var item in array.Items)
            {
                var matcher = ParseMatcher(item, path);
                existsFalse |= matcher is null;
                if (matcher is not null && !matchers.Contains(matcher))
                {
                    matchers.Add(matcher);
                }
            }
        }

        CheckWildcards(matchers, path, arrays[0]);
        _tests.Add(new PatternFieldTest(IndexOf(path), matchers, existsFalse));
        return PatternCondition.Test(_tests.Count - 1);
    }

    private static void CheckWildcards(List<PatternMatcher> matchers, IReadOnlyList<string> path, PatternValue at)
    {
        var wildcards = matchers
            .SelectMany(m => m.Kind == PatternMatcherKind.AnythingBut ? m.Excluded : [m])
            .Where(m => m.Kind == PatternMatcherKind.Wildcard)
            .Select(m => m.Text)
            .ToList();
        var limit = PatternLimits.MaxWildcardComplexity;
        if (wildcards.Count > 0 && PatternWildcardComplexity.Of(wildcards, limit) > limit)
        {
            throw Reject("SMR311", PatternLimits.WildcardReason, path, at);
        }
    }

    private int IndexOf(IReadOnlyList<string> path)
    {
        var key = string.Join("\u0001", path);
        if (!_pathIndexes.TryGetValue(key, out var index))
        {
            index = _paths.Count;
            _paths.Add(path);
            _pathIndexes.Add(key, index);
        }

        return index;
    }

    private static PatternRejection Reject(string id, string reason, IReadOnlyList<string> path, PatternValue value) =>
        new(new PatternError(id, reason, string.Join(".", path), value.Location));

    private sealed class PatternRejection(PatternError error) : Exception(error.Reason)
    {
        public PatternError Error { get; } = error;
    }
}
