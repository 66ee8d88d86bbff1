namespace SageMakerRules.SageMaker;

/// <summary>The type of a parameter declared in a pipeline definition.</summary>
public enum PipelineParameterType
{
    /// <summary>Text (the default when a definition gives no type).</summary>
    String,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A floating-point number.</summary>
    Float,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
}
