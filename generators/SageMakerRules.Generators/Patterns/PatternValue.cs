using System.Collections.Generic;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// One value of an event pattern as written (from YAML or JSON text), with its location. Object members keep their
/// order and duplicates, because EventBridge gives duplicate keys a meaning.
/// </summary>
public sealed class PatternValue
{
    private static readonly IReadOnlyList<PatternValue> NoItems = new PatternValue[0];
    private static readonly IReadOnlyList<KeyValuePair<string, PatternValue>> NoMembers = new KeyValuePair<
        string,
        PatternValue
    >[0];

    private PatternValue(
        PatternValueKind kind,
        string text,
        IReadOnlyList<PatternValue> items,
        IReadOnlyList<KeyValuePair<string, PatternValue>> members,
        PatternLocation location
    )
    {
        Kind = kind;
        Text = text;
        Items = items;
        Members = members;
        Location = location;
    }

    /// <summary>The JSON kind.</summary>
    public PatternValueKind Kind { get; }

    /// <summary>The string value, or the number as written; empty for other kinds.</summary>
    public string Text { get; }

    /// <summary>The elements of an array.</summary>
    public IReadOnlyList<PatternValue> Items { get; }

    /// <summary>The members of an object, in order, duplicates kept.</summary>
    public IReadOnlyList<KeyValuePair<string, PatternValue>> Members { get; }

    /// <summary>Where the value starts in the rule file.</summary>
    public PatternLocation Location { get; }

    /// <summary>Creates a string, number or literal value.</summary>
    public static PatternValue Scalar(PatternValueKind kind, string text, PatternLocation location) =>
        new(kind, text, NoItems, NoMembers, location);

    /// <summary>Creates an array value.</summary>
    public static PatternValue Array(IReadOnlyList<PatternValue> items, PatternLocation location) =>
        new(PatternValueKind.Array, string.Empty, items, NoMembers, location);

    /// <summary>Creates an object value.</summary>
    public static PatternValue Object(
        IReadOnlyList<KeyValuePair<string, PatternValue>> members,
        PatternLocation location
    ) => new(PatternValueKind.Object, string.Empty, NoItems, members, location);
}
