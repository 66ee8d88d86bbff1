using System.Globalization;

namespace SageMakerRules.Benchmarks.Cli;

/// <summary>
/// Follows another process's peak resident set size, the kernel's VmHWM in <c>/proc/&lt;pid&gt;/status</c>. VmHWM
/// is itself a peak, so sampling only has to catch its last value before the process exits.
/// </summary>
public sealed class PeakRssSampler : IDisposable
{
    private readonly string _status;
    private readonly Timer _timer;
    private long _peak;

    /// <summary>Starts sampling every 20 milliseconds.</summary>
    /// <param name="processId">The process to follow.</param>
    public PeakRssSampler(int processId)
    {
        _status = $"/proc/{processId}/status";
        _timer = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(20));
    }

    /// <summary>The largest VmHWM read, in bytes.</summary>
    public long Peak => Interlocked.Read(ref _peak);

    /// <inheritdoc />
    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        try
        {
            foreach (var line in File.ReadLines(_status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = long.Parse(
                        line["VmHWM:".Length..^"kB".Length].Trim(),
                        CultureInfo.InvariantCulture
                    );
                    InterlockedMax(kilobytes * 1024);
                }
            }
        }
        catch (IOException)
        {
            // The process has exited (or is exiting): the value read last is its peak.
        }
    }

    private void InterlockedMax(long value)
    {
        var current = Interlocked.Read(ref _peak);
        while (value > current && Interlocked.CompareExchange(ref _peak, value, current) != current)
        {
            current = Interlocked.Read(ref _peak);
        }
    }
}
