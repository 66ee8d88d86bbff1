using System.Collections.Generic;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// EventBridge's array consistency: when several fields of one combination of the pattern (one way through its
/// <c>$or</c>s) sit under the same array of objects in the event, they must match in the same element. The pattern
/// is expanded into those combinations (terms). A node needs element scoping when some term has two or more value
/// tests below it: the matcher then reads each object element of an array there on its own (the test bits below the
/// node are saved, cleared, and restored around it) and keeps, per term, one bit saying whether some element held
/// the term's tests below the node. <c>exists: false</c> is judged over the whole event, never per element.
/// </summary>
internal sealed partial class PatternArrays
{
    private const int MaxTerms = 1 << 14;

    private readonly PatternModel _model;
    private readonly List<PatternTrie> _nodes;
    private readonly Dictionary<int, PatternTrie> _leafOfPath = [];
    private readonly Dictionary<(int Node, int Term), int> _termBits = [];
    private readonly HashSet<int> _scoping = [];

    private PatternArrays(PatternModel model, List<PatternTrie> nodes)
    {
        _model = model;
        _nodes = nodes;
        foreach (var node in nodes.Where(node => node.Path >= 0))
        {
            _leafOfPath[node.Path] = node;
        }

        Terms = Expand(model.Condition) ?? [];
        FindScopes();
        BitCount = model.Paths.Count + model.Tests.Count + _termBits.Count + (_scoping.Count > 0 ? 1 : 0);
    }

    /// <summary>The pattern's combinations: every literal of one term must hold.</summary>
    public IReadOnlyList<IReadOnlyList<PatternLiteral>> Terms { get; }

    /// <summary>Whether any node needs element scoping.</summary>
    public bool HasScopes => _scoping.Count > 0;

    /// <summary>The number of state bits: path bits, test bits, term bits and the scoped flag.</summary>
    public int BitCount { get; }

    /// <summary>The bit set once any array element was read with scoping.</summary>
    public int FlagBit => BitCount - 1;

    /// <summary>Builds the layout of <paramref name="model"/> over its path tree.</summary>
    public static PatternArrays Build(PatternModel model, List<PatternTrie> nodes) => new(model, nodes);

    /// <summary>Whether each object element of an array at <paramref name="node"/> is read on its own.</summary>
    public bool IsScoping(PatternTrie node) => _scoping.Contains(node.Id);

    /// <summary>The bits cleared while one element of an array at <paramref name="node"/> is read.</summary>
    public IEnumerable<int> ScopeBits(PatternTrie node)
    {
        var paths = PathsBelow(node);
        var tests = Enumerable.Range(0, _model.Tests.Count).Where(t => paths.Contains(_model.Tests[t].PathIndex));
        var below = new HashSet<int>(node.Subtree().Where(n => n != node).Select(n => n.Id));
        var terms = _termBits.Where(entry => below.Contains(entry.Key.Node)).Select(entry => entry.Value);
        return tests.Select(TestBit).Concat(terms).OrderBy(bit => bit);
    }

    /// <summary>The (term, bit) pairs an element of an array at <paramref name="node"/> can set.</summary>
    public IEnumerable<(int Term, int Bit)> TermBits(PatternTrie node) =>
        _termBits.Where(entry => entry.Key.Node == node.Id).Select(entry => (entry.Key.Term, entry.Value));

    /// <summary>The state bit of a field test.</summary>
    public int TestBit(int test) => _model.Paths.Count + test;

    private List<List<PatternLiteral>>? Expand(PatternCondition condition)
    {
        switch (condition.Kind)
        {
            case PatternConditionKind.Test:
                return Alternatives(condition.TestIndex);
            case PatternConditionKind.Any:
                var any = new List<List<PatternLiteral>>();
                foreach (var child in condition.Children)
                {
                    var terms = Expand(child);
                    if (terms is null || any.Count + terms.Count > MaxTerms)
                    {
                        return null;
                    }

                    any.AddRange(terms);
                }

                return any;
            default:
                List<List<PatternLiteral>>? all =
                [
                    [],
                ];
                foreach (var child in condition.Children)
                {
                    all = Product(all, Expand(child));
                    if (all is null)
                    {
                        return null;
                    }
                }

                return all;
        }
    }

    private static List<List<PatternLiteral>>? Product(
        List<List<PatternLiteral>> left,
        List<List<PatternLiteral>>? right
    )
    {
        if (right is null || (long)left.Count * right.Count > MaxTerms)
        {
            return null;
        }

        return left.SelectMany(l => right.Select(r => l.Concat(r).Distinct().ToList())).ToList();
    }

    private List<List<PatternLiteral>> Alternatives(int testIndex)
    {
        var test = _model.Tests[testIndex];
        var positive = new List<PatternLiteral> { PatternLiteral.Matched(testIndex) };
        var absent = new List<PatternLiteral> { PatternLiteral.Absent(test.PathIndex) };
        if (!test.ExistsFalse)
        {
            return [positive];
        }

        return test.Matchers.Count == 0 ? [absent] : [positive, absent];
    }

    private void FindScopes()
    {
        foreach (var node in _nodes.Where(node => node.Id != 0 && node.Children.Count > 0))
        {
            var paths = PathsBelow(node);
            var counts = Terms.Select(term => term.Count(l => !l.IsAbsent && paths.Contains(PathOf(l)))).ToList();
            if (counts.All(count => count < 2))
            {
                continue;
            }

            _scoping.Add(node.Id);
            for (var term = 0; term < Terms.Count; term++)
            {
                if (counts[term] > 0)
                {
                    _termBits[(node.Id, term)] = _model.Paths.Count + _model.Tests.Count + _termBits.Count;
                }
            }
        }
    }

    private int PathOf(PatternLiteral literal) => _model.Tests[literal.Index].PathIndex;

    private HashSet<int> PathsBelow(PatternTrie node) =>
        new(node.Subtree().Where(n => n != node && n.Path >= 0).Select(n => n.Path));
}
