using System.Globalization;
using XMIoT.Framework;

namespace SageMakerRules.Cli.Run;

/// <summary>
/// The agent's logger in the command line: silent by default, because every problem with an event already ends as
/// an error record; with <c>--verbose</c> every message goes to standard error. The agent never logs secrets or
/// payloads.
/// </summary>
/// <param name="error">Standard error.</param>
/// <param name="verbose">Whether to write information and debug messages too.</param>
/// <param name="quiet">Whether to write nothing.</param>
internal sealed class ConsoleAgentLogger(TextWriter error, bool verbose, bool quiet) : IAgentLogger
{
    /// <inheritdoc />
    public void LogInfo(string message, params object[] args) => Write(verbose, "info", message, args);

    /// <inheritdoc />
    public void LogError(Exception exception, string message, params object[] args) =>
        Write(verbose, "error", $"{message} {exception}", args);

    /// <inheritdoc />
    public void LogError(string message, params object[] args) => Write(verbose, "error", message, args);

    /// <inheritdoc />
    public void LogWarning(string message, params object[] args) => Write(verbose, "warning", message, args);

    /// <inheritdoc />
    public void LogDebug(string message, params object[] args) => Write(verbose, "debug", message, args);

    private void Write(bool enabled, string level, string message, object[] args)
    {
        if (!enabled || quiet)
        {
            return;
        }

        var text = Format(message, args);
        lock (error)
        {
            error.WriteLine($"agent {level}: {text}");
        }
    }

    private static string Format(string message, object[] args)
    {
        if (args.Length == 0)
        {
            return message;
        }

        try
        {
            return string.Format(CultureInfo.InvariantCulture, message, args);
        }
        catch (FormatException)
        {
            // A message with literal braces is written as it is, followed by its arguments.
            return $"{message} ({string.Join(", ", args)})";
        }
    }
}
