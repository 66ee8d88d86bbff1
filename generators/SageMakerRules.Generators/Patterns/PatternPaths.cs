using System.Collections.Generic;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// Writes a pattern path (a list of property names) as one text and back, for <c>MatchPlan.Paths</c>: names joined
/// by '/', each escaped as in a JSON Pointer (<c>~0</c> for '~', <c>~1</c> for '/'), so any property name survives.
/// </summary>
internal static class PatternPaths
{
    /// <summary>The path as one text.</summary>
    public static string Encode(IReadOnlyList<string> path) =>
        string.Join("/", path.Select(name => name.Replace("~", "~0").Replace("/", "~1")));

    /// <summary>The path written by <see cref="Encode"/>.</summary>
    public static IReadOnlyList<string> Decode(string text) =>
        text.Split('/').Select(name => name.Replace("~1", "/").Replace("~0", "~")).ToList();

    /// <summary>The tree of the encoded paths; null when there are none.</summary>
    public static PatternTrie? Tree(IEnumerable<string>? encoded) =>
        encoded is null ? null : PatternTrie.Build(encoded.Select(Decode).ToList())[0];
}
