using System.Collections.Generic;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// The complexity of a field's wildcard patterns, measured like EventBridge's rule engine measures it: the largest
/// number of positions in the patterns that one value can be at at the same time while it is read character by
/// character (each <c>*</c> keeps its position alive, and a repeated character sequence after a <c>*</c> can be
/// matched at several places at once). Found by walking the sets of positions reachable on the characters the
/// patterns use; the walk stops once the limit is passed or after a bounded amount of work.
/// </summary>
internal static class PatternWildcardComplexity
{
    private const long Budget = 20_000_000;
    private const char Other = '\uFFFF';

    /// <summary>The complexity of valid wildcard <paramref name="patterns"/>, capped just over the limit.</summary>
    public static int Of(IReadOnlyList<string> patterns, int limit)
    {
        var tokens = patterns.Select(Tokens).ToList();
        var alphabet = tokens.SelectMany(t => t).Where(c => c.HasValue).Select(c => c!.Value).Distinct().Append(Other);
        var letters = alphabet.ToList();
        var start = Close(tokens, tokens.Select(_ => new[] { 0 }).ToList());
        var seen = new HashSet<string> { Key(start) };
        var queue = new Queue<List<int[]>>();
        queue.Enqueue(start);
        var worst = Count(start);
        var work = (long)tokens.Sum(t => t.Count + 1) * letters.Count;
        var budget = Budget;
        while (queue.Count > 0 && worst <= limit && (budget -= work) > 0)
        {
            var set = queue.Dequeue();
            foreach (var letter in letters)
            {
                var next = Close(tokens, Step(tokens, set, letter));
                if (seen.Add(Key(next)))
                {
                    worst = System.Math.Max(worst, Count(next));
                    queue.Enqueue(next);
                }
            }
        }

        return worst;
    }

    /// <summary>The pattern as characters, with null for each wildcard.</summary>
    private static List<char?> Tokens(string pattern)
    {
        var tokens = new List<char?>();
        var segments = PatternWildcard.Segments(pattern);
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                tokens.Add(null);
            }

            tokens.AddRange(segments[i].Select(c => (char?)c));
        }

        return tokens;
    }

    private static List<int[]> Step(List<List<char?>> tokens, List<int[]> set, char letter) =>
        set.Select(
                (positions, p) =>
                    positions
                        .SelectMany(i =>
                            i >= tokens[p].Count ? []
                            : tokens[p][i] is null ? new[] { i }
                            : tokens[p][i] == letter ? new[] { i + 1 }
                            : []
                        )
                        .ToArray()
            )
            .ToList();

    private static List<int[]> Close(List<List<char?>> tokens, List<int[]> set) =>
        set.Select(
                (positions, p) =>
                {
                    var closed = new SortedSet<int>(positions);
                    foreach (var i in positions)
                    {
                        for (var j = i; j < tokens[p].Count && tokens[p][j] is null; j++)
                        {
                            closed.Add(j + 1);
                        }
                    }

                    return closed.ToArray();
                }
            )
            .ToList();

    private static int Count(List<int[]> set) => set.Sum(positions => positions.Length);

    private static string Key(List<int[]> set) => string.Join("|", set.Select(p => string.Join(",", p)));
}
