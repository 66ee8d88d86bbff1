using System.Collections.Concurrent;
using System.Globalization;
using XMIoT.Framework;

namespace SageMakerRules.Agent.Tests.Support;

/// <summary>The stream host's logger, keeping every line so tests can check that no secret is written.</summary>
internal sealed class RecordingLogger : IAgentLogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public string All => string.Join("\n", Lines);

    public void LogInfo(string message, params object[] args) => Add("info", message, args);

    public void LogError(Exception exception, string message, params object[] args) =>
        Add("error", message + " " + exception, args);

    public void LogError(string message, params object[] args) => Add("error", message, args);

    public void LogWarning(string message, params object[] args) => Add("warning", message, args);

    public void LogDebug(string message, params object[] args) => Add("debug", message, args);

    private void Add(string level, string message, object[] args) =>
        Lines.Enqueue(level + ": " + string.Format(CultureInfo.InvariantCulture, message, args));
}
