using System.Runtime.InteropServices;

namespace SageMakerRules.Cli.Common;

/// <summary>
/// Turns Ctrl+C (SIGINT) into a cancellation token instead of ending the process, so a command can stop reading,
/// let in-flight work finish and print its summary.
/// </summary>
internal sealed class InterruptSignal : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration _terminate;

    /// <summary>Starts listening for Ctrl+C and for SIGTERM (a service manager stopping the process).</summary>
    public InterruptSignal()
    {
        Console.CancelKeyPress += OnCancelKeyPress;
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnTerminate);
    }

    /// <summary>Cancelled when Ctrl+C is pressed.</summary>
    public CancellationToken Token => _source.Token;

    /// <inheritdoc />
    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKeyPress;
        _terminate.Dispose();
        _source.Dispose();
    }

    private void OnTerminate(PosixSignalContext context)
    {
        context.Cancel = true;
        _source.Cancel();
    }

    private void OnCancelKeyPress(object? sender, ConsoleCancelEventArgs args)
    {
        // A second Ctrl+C while the first is being handled ends the process at once, as users expect.
        args.Cancel = !_source.IsCancellationRequested;
        _source.Cancel();
    }
}
