using SageMakerRules.Cli.Common;

namespace SageMakerRules.Cli.Run;

/// <summary>A progress line on standard error, redrawn twice a second, only when it is a terminal.</summary>
internal sealed class Progress : IDisposable
{
    private readonly CliConsole _console;
    private readonly RunSummary _summary;
    private readonly Timer _timer;

    private Progress(CliConsole console, RunSummary summary)
    {
        _console = console;
        _summary = summary;
        _timer = new Timer(_ => Draw(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(500));
    }

    /// <summary>Starts drawing, or returns <see langword="null"/> without a terminal or when quiet.</summary>
    /// <param name="console">The standard streams.</param>
    /// <param name="summary">The counters to show.</param>
    /// <param name="quiet">Whether progress is off.</param>
    public static Progress? Start(CliConsole console, RunSummary summary, bool quiet) =>
        quiet || !console.ErrorIsTerminal ? null : new Progress(console, summary);

    /// <summary>Stops drawing and clears the line.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_console.Error)
        {
            _console.Error.Write("\r\u001b[2K");
        }
    }

    private void Draw()
    {
        lock (_console.Error)
        {
            _console.Error.Write($"\r\u001b[2K{_summary.ProgressLine()}");
        }
    }
}
