namespace SageMakerRules.Generators.Model;

/// <summary>The value types of the mapping language.</summary>
public enum ValueKind
{
    /// <summary>Text.</summary>
    String,

    /// <summary>true or false.</summary>
    Bool,

    /// <summary>A 32-bit integer.</summary>
    Int,

    /// <summary>A 64-bit integer.</summary>
    Long,

    /// <summary>A decimal number.</summary>
    Decimal,

    /// <summary>A double-precision number.</summary>
    Double,

    /// <summary>A date and time with offset.</summary>
    DateTime,

    /// <summary>A length of time.</summary>
    Duration,

    /// <summary>The type of the literal <c>null</c>.</summary>
    Null,
}
