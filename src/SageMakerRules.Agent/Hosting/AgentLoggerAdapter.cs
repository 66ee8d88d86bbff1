using Microsoft.Extensions.Logging;
using XMIoT.Framework;

namespace SageMakerRules.Agent.Hosting;

/// <summary>Routes the agent's structured logs to the stream host's <see cref="IAgentLogger"/>.</summary>
internal sealed class AgentLoggerAdapter(IAgentLogger logger) : ILogger
{
    // The formatted text is passed as an argument, never as the template, so braces in it are not re-parsed.
    private const string Template = "{0}";

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter
    )
    {
        var message = formatter(state, exception);
        switch (logLevel)
        {
            case LogLevel.Trace or LogLevel.Debug:
                logger.LogDebug(Template, message);
                break;
            case LogLevel.Information:
                logger.LogInfo(Template, message);
                break;
            case LogLevel.Warning:
                logger.LogWarning(Template, message);
                break;
            case LogLevel.Error or LogLevel.Critical when exception is not null:
                logger.LogError(exception, Template, message);
                break;
            case LogLevel.Error or LogLevel.Critical:
                logger.LogError(Template, message);
                break;
        }
    }
}
