using System.Collections.Generic;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

internal sealed partial class PatternArrays
{
    /// <summary>
    /// C# that is true when the pattern matches, from <paramref name="state"/> after a pass that scoped array
    /// elements: some term has all its paths absent and its tests held consistently.
    /// </summary>
    public string Matches(string state)
    {
        var terms = Terms.Select(
            (term, index) =>
                "("
                + string.Join(
                    " && ",
                    term.Where(l => l.IsAbsent)
                        .Select(l => "(" + Bits(state, l.Index) + ") == 0")
                        .Append(Satisfied(_nodes[0], index, state))
                )
                + ")"
        );
        return string.Join("\n    || ", terms);
    }

    /// <summary>
    /// C# that is true when the tests of <paramref name="term"/> below <paramref name="node"/> hold in
    /// <paramref name="state"/>: directly, or, below a scoping node, all in one element (its term bit).
    /// </summary>
    public string Satisfied(PatternTrie node, int term, string state)
    {
        var literals = Terms[term].Where(l => !l.IsAbsent).ToList();
        var parts = new List<string>();
        foreach (var child in node.Children.Select(entry => entry.Value))
        {
            parts.AddRange(literals.Where(l => PathOf(l) == child.Path).Select(l => Set(state, TestBit(l.Index))));
            var below = PathsBelow(child);
            if (!literals.Any(l => below.Contains(PathOf(l))))
            {
                continue;
            }

            var inner = Satisfied(child, term, state);
            parts.Add(
                _termBits.TryGetValue((child.Id, term), out var bit)
                    ? "((" + inner + ") || " + Set(state, bit) + ")"
                    : inner
            );
        }

        return parts.Count == 0 ? "true" : string.Join(" && ", parts);
    }

    private static string Set(string state, int bit) => "(" + Bits(state, bit) + ") != 0";

    private static string Bits(string state, int bit) =>
        state + "." + PatternCode.Word(bit) + " & " + PatternCode.Mask(bit);
}
