namespace XMIoT.Framework;

/// <summary>The logger a stream host passes to an agent's constructor (framework 4.4.19 and later).</summary>
public interface IAgentLogger
{
    /// <summary>Writes an informational message.</summary>
    /// <param name="message">The message template.</param>
    /// <param name="args">The template arguments.</param>
    void LogInfo(string message, params object[] args);

    /// <summary>Writes an error caused by an exception.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="message">The message template.</param>
    /// <param name="args">The template arguments.</param>
    void LogError(Exception exception, string message, params object[] args);

    /// <summary>Writes an error message.</summary>
    /// <param name="message">The message template.</param>
    /// <param name="args">The template arguments.</param>
    void LogError(string message, params object[] args);

    /// <summary>Writes a warning.</summary>
    /// <param name="message">The message template.</param>
    /// <param name="args">The template arguments.</param>
    void LogWarning(string message, params object[] args);

    /// <summary>Writes a debug message.</summary>
    /// <param name="message">The message template.</param>
    /// <param name="args">The template arguments.</param>
    void LogDebug(string message, params object[] args);
}
