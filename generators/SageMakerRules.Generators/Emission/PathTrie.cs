using System.Collections.Generic;
using System.Linq;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;
using SageMakerRules.Generators.Patterns;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// The field paths of a rule as a trie of JSON Pointer segments, so that the generated reader dispatches each
/// property once, at the depth it occurs, in one forward pass. Numeric segments also match array elements. A rule
/// with <c>match:</c> also hangs the pattern's tree on it: a node the pattern names too knows its pattern node, so the
/// same pass feeds the pattern matcher.
/// </summary>
internal sealed class PathTrie
{
    private PathTrie(int id, string pointer)
    {
        Id = id;
        Pointer = pointer;
    }

    public int Id { get; }

    public string Pointer { get; }

    public List<(string Segment, PathTrie Node)> Children { get; } = [];

    public List<FieldModel> Fields { get; } = [];

    public bool IsLeaf => Children.Count == 0;

    /// <summary>The pattern node at the same path, when the rule has <c>match:</c> and the pattern names it.</summary>
    public PatternTrie? Pattern { get; private set; }

    public IEnumerable<(int Index, PathTrie Node)> IndexChildren =>
        Children
            .Select(child => (IsIndex: JsonPointer.IsIndex(child.Segment, out var index), Index: index, child.Node))
            .Where(child => child.IsIndex)
            .Select(child => (child.Index, child.Node));

    /// <summary>The name of the generated method that handles the value at this node.</summary>
    public string Handler =>
        IsLeaf && Fields.Count == 1 && Pattern is null ? "Read" + Fields[0].PropertyName : "ReadNode" + Id;

    public static PathTrie Build(IEnumerable<FieldModel> fields, PatternTrie? pattern = null)
    {
        var nodes = new List<PathTrie>();
        var root = new PathTrie(0, string.Empty);
        nodes.Add(root);
        foreach (var field in fields)
        {
            var node = root;
            foreach (var segment in field.Segments)
            {
                var next = node.Children.FirstOrDefault(child => child.Segment == segment).Node;
                if (next is null)
                {
                    next = new PathTrie(
                        nodes.Count,
                        node.Pointer + "/" + segment.Replace("~", "~0").Replace("/", "~1")
                    );
                    nodes.Add(next);
                    node.Children.Add((segment, next));
                }

                node = next;
            }

            node.Fields.Add(field);
        }

        if (pattern is not null)
        {
            root.Attach(pattern);
        }

        return root;
    }

    /// <summary>
    /// Pairs this node with the pattern node at the same path, then the children by name. Index segments stay
    /// unpaired: through an array they name an element, which the pattern does not read by position.
    /// </summary>
    private void Attach(PatternTrie pattern)
    {
        Pattern = pattern;
        foreach (var (segment, child) in Children)
        {
            if (!JsonPointer.IsIndex(segment, out _) && pattern.Child(segment) is { } next)
            {
                child.Attach(next);
            }
        }
    }

    public IEnumerable<PathTrie> Descendants()
    {
        foreach (var (_, child) in Children)
        {
            yield return child;
            foreach (var descendant in child.Descendants())
            {
                yield return descendant;
            }
        }
    }
}
