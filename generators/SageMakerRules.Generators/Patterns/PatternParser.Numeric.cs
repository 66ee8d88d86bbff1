using System.Collections.Generic;

namespace SageMakerRules.Generators.Patterns;

public sealed partial class PatternParser
{
    private static PatternMatcher ParseNumeric(PatternValue value, IReadOnlyList<string> path)
    {
        if (value.Kind != PatternValueKind.Array)
        {
            throw Reject("SMR305", "Value of numeric must be an array.", path, value);
        }

        RequireItems(value, path);
        var range = new NumericRange();
        var index = 0;
        while (index < value.Items.Count)
        {
            var operatorValue = value.Items[index];
            if (range.IsEquality)
            {
                throw Reject("SMR305", "Too many elements in numeric expression", path, operatorValue);
            }

            if (operatorValue.Kind != PatternValueKind.String)
            {
                throw Reject("SMR305", "Invalid member in numeric match: " + Shown(operatorValue), path, operatorValue);
            }

            var operand = index + 1 < value.Items.Count ? value.Items[index + 1] : operatorValue;
            var scaled = ParseBound(operatorValue.Text, operand, index + 1 < value.Items.Count, path);
            var problem = range.Add(operatorValue.Text, scaled);
            if (problem is not null)
            {
                throw Reject("SMR305", problem, path, operatorValue);
            }

            index += 2;
        }

        if (!range.IsEquality && range.Lower >= range.Upper)
        {
            throw Reject("SMR305", "Bottom must be less than top", path, value);
        }

        return range.ToMatcher();
    }

    private static long ParseBound(string op, PatternValue operand, bool present, IReadOnlyList<string> path)
    {
        if (!NumericRange.IsOperator(op))
        {
            throw Reject("SMR305", "Unrecognized numeric range operator: " + op, path, operand);
        }

        if (!present || operand.Kind != PatternValueKind.Number)
        {
            throw Reject("SMR305", "Value of " + op + " must be numeric", path, operand);
        }

        if (!PatternNumber.TryScale(operand.Text, out var scaled))
        {
            throw Reject("SMR305", PatternNumber.RangeReason, path, operand);
        }

        return scaled;
    }

    private static string Shown(PatternValue value) =>
        value.Kind switch
        {
            PatternValueKind.Object => "{",
            PatternValueKind.Array => "[",
            PatternValueKind.Number => value.Text,
            _ => value.Kind.ToString().ToLowerInvariant(),
        };

    private sealed class NumericRange
    {
        public long? Lower { get; private set; }

        public long? Upper { get; private set; }

        public bool IsEquality { get; private set; }

        private bool _lowerInclusive;
        private bool _upperInclusive;

        public static bool IsOperator(string op) => op is "=" or "<" or "<=" or ">" or ">=";

        public string? Add(string op, long value)
        {
            if (op == "=")
            {
                if (Lower is not null || Upper is not null)
                {
                    return "Too many elements in numeric expression";
                }

                (Lower, Upper, _lowerInclusive, _upperInclusive, IsEquality) = (value, value, true, true, true);
                return null;
            }

            var isLower = op[0] == '>';
            if (isLower ? Lower is not null : Upper is not null)
            {
                return "Too many " + (isLower ? "lower" : "upper") + " bounds in numeric range";
            }

            if (isLower)
            {
                (Lower, _lowerInclusive) = (value, op == ">=");
            }
            else
            {
                (Upper, _upperInclusive) = (value, op == "<=");
            }

            return null;
        }

        public PatternMatcher ToMatcher() => PatternMatcher.OfRange(Lower, _lowerInclusive, Upper, _upperInclusive);
    }
}
