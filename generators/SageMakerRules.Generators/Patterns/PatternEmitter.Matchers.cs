using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SageMakerRules.Generators.Patterns;

public sealed partial class PatternEmitter
{
    private static string AnyOf(IEnumerable<PatternMatcher> matchers, System.Func<PatternMatcher, string> test)
    {
        var parts = matchers.Select(test).Where(code => code != "false").Distinct().ToList();
        if (parts.Contains("true"))
        {
            return "true";
        }

        return parts.Count == 0 ? "false" : string.Join(" || ", parts);
    }

    private static string StringTest(PatternMatcher matcher)
    {
        var text = matcher.Text;
        var lower = text.ToLowerInvariant();
        return matcher.Kind switch
        {
            PatternMatcherKind.ExactString => Support("Equal", PatternCode.Utf8(text)),
            PatternMatcherKind.Prefix => Support("StartsWith", PatternCode.Utf8(text)),
            PatternMatcherKind.Suffix => Support("EndsWith", PatternCode.Utf8(text)),
            PatternMatcherKind.PrefixIgnoreCase => Support("StartsWithIgnoreCase", PatternCode.Utf8(lower)),
            PatternMatcherKind.SuffixIgnoreCase => Support("EndsWithIgnoreCase", PatternCode.Utf8(lower)),
            PatternMatcherKind.EqualsIgnoreCase => Support("EqualsIgnoreCase", PatternCode.Utf8(lower)),
            PatternMatcherKind.Wildcard => Support("Wildcard", WildcardBytes(text)),
            PatternMatcherKind.Cidr => Support("InCidr", CidrBytes(matcher) + ", " + matcher.MaskBits),
            PatternMatcherKind.Exists => "true",
            PatternMatcherKind.AnythingBut => Not(AnyOf(matcher.Excluded, StringTest)),
            _ => "false",
        };
    }

    private static string NumberTest(PatternMatcher matcher) =>
        matcher.Kind switch
        {
            PatternMatcherKind.ExactNumber when matcher.InRange => "inRange && scaled == "
                + PatternCode.Long(matcher.Scaled),
            PatternMatcherKind.ExactNumber => "!inRange && number == " + PatternCode.Double(matcher.Double),
            PatternMatcherKind.Numeric => RangeTest(matcher),
            PatternMatcherKind.Exists => "true",
            PatternMatcherKind.AnythingBut => Not(AnyOf(matcher.Excluded, NumberTest)),
            _ => "false",
        };

    private static string LiteralTest(PatternMatcher matcher) =>
        matcher.Kind switch
        {
            PatternMatcherKind.ExactTrue => "literal == PatternSupport.True",
            PatternMatcherKind.ExactFalse => "literal == PatternSupport.False",
            PatternMatcherKind.ExactNull => "literal == PatternSupport.Null",
            PatternMatcherKind.Exists => "true",
            PatternMatcherKind.AnythingBut => Not(AnyOf(matcher.Excluded, LiteralTest)),
            _ => "false",
        };

    private static string RangeTest(PatternMatcher matcher)
    {
        var code = "inRange";
        if (matcher.Lower is { } lower)
        {
            code += " && scaled " + (matcher.LowerInclusive ? ">= " : "> ") + PatternCode.Long(lower);
        }

        if (matcher.Upper is { } upper)
        {
            code += " && scaled " + (matcher.UpperInclusive ? "<= " : "< ") + PatternCode.Long(upper);
        }

        return code;
    }

    private static string Not(string code) =>
        code switch
        {
            "true" => "false",
            "false" => "true",
            _ => "!(" + code + ")",
        };

    private static string Support(string method, string arguments) =>
        "PatternSupport." + method + "(value, " + arguments + ")";

    private static string WildcardBytes(string pattern)
    {
        var bytes = new List<byte>();
        var segments = PatternWildcard.Segments(pattern);
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                bytes.Add(PatternSupportSource.WildcardMarker);
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(segments[i]));
        }

        return "new byte[] { " + PatternCode.Bytes(bytes) + " }";
    }

    private static string CidrBytes(PatternMatcher matcher) =>
        "new byte[] { " + PatternCode.Bytes(matcher.Network) + " }";
}
