using XMIoT.Framework.Settings.Enums;

namespace XMIoT.Framework;

/// <summary>One attribute (a named, typed property) of the events on an endpoint.</summary>
/// <param name="name">The attribute name.</param>
/// <param name="type">The attribute type.</param>
public class Attribute(string name, Types type) : IEquatable<Attribute>
{
    /// <summary>The attribute name.</summary>
    public string Name { get; } = name;

    /// <summary>The attribute type.</summary>
    public Types Type { get; } = type;

    /// <inheritdoc />
    public bool Equals(Attribute? other) => other is not null && Name == other.Name && Type == other.Type;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Attribute);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Type);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Type})";
}
