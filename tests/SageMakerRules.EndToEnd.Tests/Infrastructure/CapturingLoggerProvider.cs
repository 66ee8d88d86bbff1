using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SageMakerRules.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Keeps every rendered log line (level, category, event id, message and exception) so tests can check what was
/// logged and look for leaked secrets. It is also a logger factory, for components that take one.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ILoggerFactory
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>Every line logged so far.</summary>
    public IReadOnlyCollection<string> Lines => _lines;

    /// <summary>Every line logged so far, one per line.</summary>
    public string Text => string.Join('\n', _lines);

    /// <inheritdoc />
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(_lines, categoryName);

    /// <inheritdoc />
    public void AddProvider(ILoggerProvider provider) { }

    /// <inheritdoc />
    public void Dispose() { }

    private sealed class CapturingLogger(ConcurrentQueue<string> lines, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(
            LogLevel logLevel,
            EventId eventId,
            TState state,
            Exception? exception,
            Func<TState, Exception?, string> formatter
        ) => lines.Enqueue($"{logLevel} {category} {eventId.Id} {formatter(state, exception)} {exception}");
    }
}
