using System.Linq;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Parsing;

/// <summary>
/// A located YAML node with value equality: the syntax the parser hands to the binder and to the pattern stage.
/// Lines and columns come from YamlDotNet's marks, so diagnostics point at the YAML text.
/// </summary>
/// <param name="Span">Where the node is in the file.</param>
public abstract record YamlValue(SourceSpan Span)
{
    /// <summary>A short word for the node kind, for messages: a mapping, a list or a scalar.</summary>
    public abstract string KindName { get; }
}

/// <summary>How a scalar was written.</summary>
public enum YamlScalarStyle
{
    /// <summary>Unquoted.</summary>
    Plain,

    /// <summary>In single quotes.</summary>
    SingleQuoted,

    /// <summary>In double quotes.</summary>
    DoubleQuoted,

    /// <summary>A literal (<c>|</c>) or folded (<c>&gt;</c>) block.</summary>
    Block,
}

/// <summary>A scalar: its text after YAML unquoting, and how it was written.</summary>
/// <param name="Value">The text.</param>
/// <param name="Style">How it was written.</param>
/// <param name="Span">Where it is.</param>
public sealed record YamlScalar(string Value, YamlScalarStyle Style, SourceSpan Span) : YamlValue(Span)
{
    /// <inheritdoc />
    public override string KindName => "a scalar";

    /// <summary>Whether this is YAML's null: an unquoted <c>null</c>, <c>~</c> or nothing.</summary>
    public bool IsNull => Style == YamlScalarStyle.Plain && Value is "" or "~" or "null" or "Null" or "NULL";
}

/// <summary>One key and value of a mapping.</summary>
/// <param name="Key">The key scalar.</param>
/// <param name="Value">The value node.</param>
public sealed record YamlEntry(YamlScalar Key, YamlValue Value);

/// <summary>A mapping, with its entries in file order.</summary>
/// <param name="Entries">The entries.</param>
/// <param name="Span">Where it is.</param>
public sealed record YamlMapping(EquatableArray<YamlEntry> Entries, SourceSpan Span) : YamlValue(Span)
{
    /// <inheritdoc />
    public override string KindName => "a mapping";

    /// <summary>The value of the entry with key <paramref name="key"/>, or <see langword="null"/>.</summary>
    /// <param name="key">The key.</param>
    public YamlValue? this[string key] => Entries.FirstOrDefault(entry => entry.Key.Value == key)?.Value;
}

/// <summary>A sequence (list).</summary>
/// <param name="Items">The items.</param>
/// <param name="Span">Where it is.</param>
public sealed record YamlSequence(EquatableArray<YamlValue> Items, SourceSpan Span) : YamlValue(Span)
{
    /// <inheritdoc />
    public override string KindName => "a list";
}
