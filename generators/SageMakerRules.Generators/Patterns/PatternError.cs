using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SageMakerRules.Generators.Patterns;

/// <summary>
/// A reason why EventBridge would reject an event pattern, located in the rule file. <see cref="Reason"/> is worded
/// as EventBridge words it (the text after <c>Event pattern is not valid. Reason: </c>).
/// </summary>
public sealed class PatternError : System.IEquatable<PatternError>
{
    /// <summary>Creates an error.</summary>
    public PatternError(string id, string reason, string where, PatternLocation location)
    {
        Id = id;
        Reason = reason;
        Where = where;
        Location = location;
    }

    /// <summary>The diagnostic id (SMR300-SMR349).</summary>
    public string Id { get; }

    /// <summary>EventBridge's reason for rejecting the pattern.</summary>
    public string Reason { get; }

    /// <summary>The dotted path of the pattern element at fault (empty for the whole pattern).</summary>
    public string Where { get; }

    /// <summary>Where the element at fault starts in the rule file.</summary>
    public PatternLocation Location { get; }

    /// <summary>The message EventBridge gives for this pattern.</summary>
    public string EventBridgeMessage => "Event pattern is not valid. Reason: " + Reason;

    /// <summary>The diagnostic message: the reason and the element at fault.</summary>
    public string Message => Where.Length == 0 ? "match: " + Reason : "match: " + Reason + " (at '" + Where + "')";

    /// <summary>Converts the error to a compiler diagnostic located in <paramref name="filePath"/>.</summary>
    public Diagnostic ToDiagnostic(string filePath)
    {
        var position = new LinePosition(Location.Line - 1, Location.Column - 1);
        var span = new TextSpan(Location.Index, 0);
        var location = Microsoft.CodeAnalysis.Location.Create(filePath, span, new LinePositionSpan(position, position));

        return Diagnostic.Create(PatternDiagnostics.Find(Id), location, Message);
    }

    /// <inheritdoc />
    public bool Equals(PatternError? other) =>
        other is not null
        && Id == other.Id
        && Reason == other.Reason
        && Where == other.Where
        && Location.Equals(other.Location);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PatternError);

    /// <inheritdoc />
    public override int GetHashCode() => (Id.GetHashCode() * 397) ^ Reason.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Id + " " + Location.Line + ":" + Location.Column + " " + Message;
}
