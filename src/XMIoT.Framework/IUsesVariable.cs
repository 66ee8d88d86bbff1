namespace XMIoT.Framework;

/// <summary>An agent that reads platform variables.</summary>
public interface IUsesVariable
{
    /// <summary>Raised by the agent to read a variable; the host fills the value before the call returns.</summary>
    event EventHandler<OnVariableRequestArgs> OnVariableRequest;
}
