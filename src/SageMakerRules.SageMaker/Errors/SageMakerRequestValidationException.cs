namespace SageMakerRules.SageMaker;

/// <summary>
/// A request broke one of SageMaker's limits and was not sent. <see cref="ArgumentException.ParamName"/> names the
/// request member (for example <c>PipelineParameters[3].Value</c>); the message says what is wrong and what is allowed.
/// </summary>
public sealed class SageMakerRequestValidationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and what is allowed.</param>
    /// <param name="memberName">The request member holding the offending value.</param>
    public SageMakerRequestValidationException(string message, string memberName)
        : base(message, memberName) { }
}
