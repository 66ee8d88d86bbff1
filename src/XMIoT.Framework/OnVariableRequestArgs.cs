namespace XMIoT.Framework;

/// <summary>A request to read a platform variable; the host fills <see cref="Value"/>.</summary>
/// <param name="variableName">The variable name.</param>
public class OnVariableRequestArgs(string variableName) : EventArgs
{
    /// <summary>The variable name.</summary>
    public string VariableName { get; } = variableName;

    /// <summary>The variable's value, set by the host; still encrypted when the variable is secure.</summary>
    public string Value { get; set; } = string.Empty;
}
