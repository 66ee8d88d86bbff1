using System.Collections.Generic;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

/// <summary>The boolean structure of a pattern: all fields of an object hold; <c>$or</c> needs one branch.</summary>
public sealed class PatternCondition
{
    private PatternCondition(PatternConditionKind kind, int testIndex, IReadOnlyList<PatternCondition> children)
    {
        Kind = kind;
        TestIndex = testIndex;
        Children = children;
    }

    /// <summary>All, Any or a single field test.</summary>
    public PatternConditionKind Kind { get; }

    /// <summary>For a field test: the index in <see cref="PatternModel.Tests"/>.</summary>
    public int TestIndex { get; }

    /// <summary>For All and Any: the operands.</summary>
    public IReadOnlyList<PatternCondition> Children { get; }

    /// <summary>Creates a field test condition.</summary>
    public static PatternCondition Test(int testIndex) =>
        new(PatternConditionKind.Test, testIndex, new PatternCondition[0]);

    /// <summary>Creates a condition that holds when all children hold.</summary>
    public static PatternCondition All(IReadOnlyList<PatternCondition> children) =>
        new(PatternConditionKind.All, -1, children);

    /// <summary>Creates a condition that holds when any child holds.</summary>
    public static PatternCondition Any(IReadOnlyList<PatternCondition> children) =>
        new(PatternConditionKind.Any, -1, children);

    /// <summary>A text that identifies the condition by value.</summary>
    public string Key =>
        Kind switch
        {
            PatternConditionKind.Test => "t" + TestIndex,
            PatternConditionKind.All => "all(" + string.Join(",", Children.Select(c => c.Key)) + ")",
            _ => "any(" + string.Join(",", Children.Select(c => c.Key)) + ")",
        };
}

/// <summary>The kinds of <see cref="PatternCondition"/>.</summary>
public enum PatternConditionKind
{
    /// <summary>A single field test.</summary>
    Test,

    /// <summary>All children must hold.</summary>
    All,

    /// <summary>At least one child must hold.</summary>
    Any,
}
