namespace SageMakerRules;

/// <summary>The kinds of problem an event can have.</summary>
public enum EventErrorKind
{
    /// <summary>The bytes are not one well-formed JSON object.</summary>
    MalformedJson,

    /// <summary>A field holds a value of another JSON type or out of the field type's range.</summary>
    WrongType,

    /// <summary>A required field is missing or null.</summary>
    MissingField,

    /// <summary>A parameter or display name could not be formed, or breaks a SageMaker limit.</summary>
    InvalidParameter,
}
