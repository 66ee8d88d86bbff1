using System.Collections.Generic;
using System.Linq;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// The field paths of a rule as a trie of JSON Pointer segments, so that the generated reader dispatches each
/// property once, at the depth it occurs, in one forward pass. Numeric segments also match array elements.
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

    public IEnumerable<(int Index, PathTrie Node)> IndexChildren =>
        Children
            .Select(child => (IsIndex: JsonPointer.IsIndex(child.Segment, out var index), Index: index, child.Node))
            .Where(child => child.IsIndex)
            .Select(child => (child.Index, child.Node));

    /// <summary>The name of the generated method that handles the value at this node.</summary>
    public string Handler => IsLeaf && Fields.Count == 1 ? "Read" + Fields[0].PropertyName : "ReadNode" + Id;

    public static PathTrie Build(IEnumerable<FieldModel> fields)
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

        return root;
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
