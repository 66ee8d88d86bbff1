using System.Collections.Generic;
using System.Linq;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// A validated event pattern, ready for emission. Holds no symbols or syntax and compares by value, so it can be
/// cached by the incremental generator.
/// </summary>
public sealed class PatternModel : System.IEquatable<PatternModel>
{
    /// <summary>Creates a model.</summary>
    public PatternModel(
        IReadOnlyList<IReadOnlyList<string>> paths,
        IReadOnlyList<PatternFieldTest> tests,
        PatternCondition condition
    )
    {
        Paths = paths;
        Tests = tests;
        Condition = condition;
        Key =
            string.Join("\u0001", paths.Select(p => string.Join("\u0002", p)))
            + "\u0003"
            + string.Join("\u0003", tests.Select(t => t.Key))
            + "\u0004"
            + condition.Key;
    }

    /// <summary>
    /// The distinct property paths the pattern names, each a list of property names (keys containing dots are split,
    /// as EventBridge flattens them). Arrays on the way are traversed transparently.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Paths { get; }

    /// <summary>The field tests; several may share a path (in different <c>$or</c> branches).</summary>
    public IReadOnlyList<PatternFieldTest> Tests { get; }

    /// <summary>The boolean structure over the tests.</summary>
    public PatternCondition Condition { get; }

    /// <summary>A text that identifies the model by value.</summary>
    public string Key { get; }

    /// <inheritdoc />
    public bool Equals(PatternModel? other) => other is not null && Key == other.Key;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PatternModel);

    /// <inheritdoc />
    public override int GetHashCode() => Key.GetHashCode();
}
