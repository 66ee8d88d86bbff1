namespace SageMakerRules.SageMaker;

/// <summary>A pipeline definition could not be read; the message says where and what is wrong.</summary>
public sealed class PipelineDefinitionException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Where and what is wrong.</param>
    /// <param name="innerException">The JSON error, if any.</param>
    public PipelineDefinitionException(string message, Exception? innerException = null)
        : base(message, innerException) { }
}
