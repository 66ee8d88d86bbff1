namespace SageMakerRules;

/// <summary>The scalar types an event field can have.</summary>
public enum FieldType
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Bool,

    /// <summary>A JSON number that fits a 32-bit integer.</summary>
    Int,

    /// <summary>A JSON number that fits a 64-bit integer.</summary>
    Long,

    /// <summary>A JSON number read as a double.</summary>
    Double,

    /// <summary>A JSON number read as a decimal.</summary>
    Decimal,

    /// <summary>A JSON string in ISO 8601 form.</summary>
    DateTime,
}
