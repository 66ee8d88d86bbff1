using System.Collections.Generic;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// A node of the tree of pattern paths; node 0 is the event itself. The emitted pattern members are named after the
/// node ids (<c>PatternObject{id}</c>, <c>PatternVisit{id}</c>), so building the tree twice from the same paths
/// gives the same names: the rule's field reader relies on that to call them.
/// </summary>
internal sealed class PatternTrie
{
    private readonly List<KeyValuePair<string, PatternTrie>> _children = [];

    private PatternTrie(int id, int depth)
    {
        Id = id;
        Depth = depth;
    }

    /// <summary>The node id, unique in its tree; 0 for the event.</summary>
    public int Id { get; }

    /// <summary>The number of property names from the event to this node.</summary>
    public int Depth { get; }

    /// <summary>The index of the pattern path ending here, or -1 when no path ends here.</summary>
    public int Path { get; private set; } = -1;

    /// <summary>The child nodes by property name, in the order the pattern names them.</summary>
    public IReadOnlyList<KeyValuePair<string, PatternTrie>> Children => _children;

    /// <summary>Builds the tree of <paramref name="paths"/>; returns every node, the event's first.</summary>
    public static List<PatternTrie> Build(IReadOnlyList<IReadOnlyList<string>> paths)
    {
        var nodes = new List<PatternTrie> { new(0, 0) };
        for (var path = 0; path < paths.Count; path++)
        {
            var node = nodes[0];
            foreach (var segment in paths[path])
            {
                var child = node.Child(segment);
                if (child is null)
                {
                    child = new PatternTrie(nodes.Count, node.Depth + 1);
                    nodes.Add(child);
                    node._children.Add(new KeyValuePair<string, PatternTrie>(segment, child));
                }

                node = child;
            }

            node.Path = path;
        }

        return nodes;
    }

    /// <summary>The child named <paramref name="name"/>, or null.</summary>
    public PatternTrie? Child(string name) =>
        _children.FirstOrDefault(child => string.Equals(child.Key, name, System.StringComparison.Ordinal)).Value;

    /// <summary>
    /// The event property names that lead to descendants: the children's names, and dotted names for deeper
    /// descendants (EventBridge treats <c>"a.b": 1</c> like <c>"a": {"b": 1}</c>).
    /// </summary>
    public IEnumerable<KeyValuePair<string, PatternTrie>> Names()
    {
        var deeper = _children.SelectMany(c =>
            c.Value.Names().Select(d => new KeyValuePair<string, PatternTrie>(c.Key + "." + d.Key, d.Value))
        );
        return _children.Concat(deeper.Where(d => !_children.Any(x => x.Key == d.Key)));
    }

    /// <summary>This node and all below it, parents before children.</summary>
    public IEnumerable<PatternTrie> Subtree() => new[] { this }.Concat(_children.SelectMany(c => c.Value.Subtree()));
}
