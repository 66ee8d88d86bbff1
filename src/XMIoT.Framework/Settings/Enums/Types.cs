namespace XMIoT.Framework.Settings.Enums;

/// <summary>The types an event attribute can have.</summary>
public enum Types
{
    /// <summary>Text.</summary>
    String,

    /// <summary>A 32-bit integer.</summary>
    Int,

    /// <summary>A 64-bit integer.</summary>
    Long,

    /// <summary>A double-precision number.</summary>
    Double,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A point in time.</summary>
    DateTime,
}
