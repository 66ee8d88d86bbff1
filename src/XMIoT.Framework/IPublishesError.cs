namespace XMIoT.Framework;

/// <summary>An agent that reports failures on the error endpoint.</summary>
public interface IPublishesError
{
    /// <summary>Raised by the agent with one error record.</summary>
    event EventHandler<OnErrorArgs> OnPublishError;
}
