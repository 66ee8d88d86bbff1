namespace SageMakerRules.LocalPipelines.Pipelines;

/// <summary>The types a SageMaker pipeline parameter can declare.</summary>
public enum LocalParameterType
{
    /// <summary>Any text (the default when a definition names no type).</summary>
    String,

    /// <summary>A whole number; values must parse as a 64-bit integer.</summary>
    Integer,

    /// <summary>A floating-point number; values must parse as a double in the invariant culture.</summary>
    Float,

    /// <summary><c>true</c> or <c>false</c>, in any letter case.</summary>
    Boolean,
}
