namespace SageMakerRules.Runtime;

/// <summary>Whether an event field was missing, present with JSON <c>null</c>, or present with a value.</summary>
public enum FieldPresence
{
    /// <summary>The event has no property at the field's path.</summary>
    Missing,

    /// <summary>The property is there and holds JSON <c>null</c>.</summary>
    Null,

    /// <summary>The property is there and holds a value of the field's type.</summary>
    Present,
}
