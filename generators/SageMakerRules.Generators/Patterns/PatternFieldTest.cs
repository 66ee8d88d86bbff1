using System.Collections.Generic;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// One field of an event pattern: the field at <see cref="PathIndex"/> satisfies it when one of its values matches
/// one of <see cref="Matchers"/>, or when <see cref="ExistsFalse"/> is set and the field has no value.
/// </summary>
public sealed class PatternFieldTest
{
    /// <summary>Creates a field test.</summary>
    public PatternFieldTest(int pathIndex, IReadOnlyList<PatternMatcher> matchers, bool existsFalse)
    {
        PathIndex = pathIndex;
        Matchers = matchers;
        ExistsFalse = existsFalse;
    }

    /// <summary>The index of the field's path in <see cref="PatternModel.Paths"/>.</summary>
    public int PathIndex { get; }

    /// <summary>The matchers (any of them may match).</summary>
    public IReadOnlyList<PatternMatcher> Matchers { get; }

    /// <summary>Whether <c>{"exists": false}</c> is one of the field's matchers.</summary>
    public bool ExistsFalse { get; }

    /// <summary>A text that identifies the test by value.</summary>
    public string Key =>
        PathIndex + (ExistsFalse ? "!" : "") + "{" + string.Join(";", Matchers.Select(m => m.Key)) + "}";
}
