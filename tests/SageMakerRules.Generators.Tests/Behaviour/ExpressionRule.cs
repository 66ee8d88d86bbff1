using System.Text;
using Newtonsoft.Json.Linq;
using SageMakerRules.Generators.Tests.Infrastructure;

namespace SageMakerRules.Generators.Tests.Behaviour;

/// <summary>
/// One compiled rule whose parameters are expressions, so that a single compilation exercises every operator and
/// function: with no <c>when:</c> and only optional fields every readable event matches, and a parameter renders
/// <c>true</c>, <c>false</c>, a value, or empty text when the result is unknown.
/// </summary>
public static class ExpressionRule
{
    public static readonly (string Name, string Template)[] Parameters =
    [
        ("Eq", "{s == 'x'}"),
        ("Ne", "{s != 'x'}"),
        ("Not", "{!(s == 'x')}"),
        ("And", "{s == 'x' && n > 1}"),
        ("Or", "{s == 'x' || n > 1}"),
        ("IsNull", "{s == null}"),
        ("NotNull", "{s != null}"),
        ("Exists", "{exists(s)}"),
        ("Add", "{n + 1}"),
        ("IntDivide", "{n / 2}"),
        ("DivideByZero", "{n / 0}"),
        ("Remainder", "{n % 3}"),
        ("Multiply", "{d * 2}"),
        ("Decimal", "{m + 0.1}"),
        ("Negate", "{-n}"),
        ("Mixed", "{n + d}"),
        ("Less", "{n < 5}"),
        ("LessOrEqual", "{n <= 5}"),
        ("Greater", "{d > 1.5}"),
        ("GreaterOrEqual", "{d >= 1.5}"),
        ("Long", "{l > 5000000000}"),
        ("StringOrder", "{s < t}"),
        ("FieldEquality", "{s == t}"),
        ("In", "{s in ['a', 'b']}"),
        ("InNumbers", "{n in [1, 2.5]}"),
        ("StartsWith", "{startsWith(s, 'ab')}"),
        ("EndsWith", "{endsWith(s, 'yz')}"),
        ("Contains", "{contains(s, 'mid')}"),
        ("ContainsArray", "{contains(tags, 'hot')}"),
        ("ContainsNumber", "{contains(arr, 2)}"),
        ("Matches", "{matches(s, '^p-[0-9]+$')}"),
        ("Lower", "{lower(s)}"),
        ("Upper", "{upper(s)}"),
        ("Length", "{len(s)}"),
        ("ArrayLength", "{len(arr)}"),
        ("Abs", "{abs(d)}"),
        ("Min", "{min(n, d)}"),
        ("Max", "{max(arr)}"),
        ("Round", "{round(d)}"),
        ("RoundDigits", "{round(d, 1)}"),
        ("Coalesce", "{coalesce(s, t, 'none')}"),
        ("Duration", "{until - at}"),
        ("DurationCompare", "{until - at > 1h}"),
        ("DatePlus", "{at + 30m}"),
        ("DateFormat", "{at:yyyy-MM-dd}"),
        ("DateLiteral", "{at > '2024-01-01T00:00:00Z'}"),
        ("Nested", "{nested}"),
        ("Bool", "{b}"),
        ("NotBool", "{!b}"),
        ("Format", "{d:F2}"),
        ("Array", "{arr}"),
        ("Braces", "{{{s}}}"),
        ("Literal", "plain text"),
    ];

    private static readonly Lazy<IRule> s_rule = new(() => GeneratorHarness.LoadRule(Yaml));

    public static IRule Rule => s_rule.Value;

    public static string Yaml =>
        """
            version: 1
            name: Expressions
            pipeline:
              name: expressions
            event:
              s: string?
              t: string?
              n: int?
              l: long?
              d: double?
              m: decimal?
              b: bool?
              at: datetime?
              until: datetime?
              arr: double[]?
              tags: string[]?
              nested: { type: int?, path: "/a/b~1c/0/d" }
            parameters:

            """ + string.Concat(Parameters.Select(p => $"  {p.Name}: \"{p.Template.Replace("\\", "\\\\")}\"\n"));

    /// <summary>The rendered parameter from the UTF-8 reader, asserting the JObject reader renders the same.</summary>
    public static string Render(string parameter, string json)
    {
        var fromBytes = Rule.Evaluate(Encoding.UTF8.GetBytes(json));
        var fromToken = Rule.Evaluate(JObject.Parse(json));
        Assert.Equal(RuleOutcome.Matched, fromBytes.Outcome);
        Assert.Equal(RuleOutcome.Matched, fromToken.Outcome);
        var bytesValue = fromBytes.Request!.Parameters.Single(p => p.Name == parameter).Value;
        var tokenValue = fromToken.Request!.Parameters.Single(p => p.Name == parameter).Value;
        Assert.Equal(bytesValue, tokenValue);
        return bytesValue;
    }
}
