namespace SageMakerRules.Benchmarks.Agent;

/// <summary>
/// Samples the managed heap size on a background thread and keeps the largest value seen, because .NET reports the
/// current heap size but no peak.
/// </summary>
public sealed class PeakHeapSampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _running = true;
    private long _peak;

    public PeakHeapSampler()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Baseline = GC.GetTotalMemory(forceFullCollection: true);
        _peak = Baseline;
        _thread = new Thread(Sample) { IsBackground = true, Name = "peak-heap-sampler" };
        _thread.Start();
    }

    /// <summary>The heap size after a full collection, before the measured work.</summary>
    public long Baseline { get; }

    /// <summary>The largest heap size sampled so far.</summary>
    public long Peak => Math.Max(Interlocked.Read(ref _peak), GC.GetTotalMemory(forceFullCollection: false));

    public void Dispose()
    {
        _running = false;
        _thread.Join();
    }

    private void Sample()
    {
        while (_running)
        {
            var now = GC.GetTotalMemory(forceFullCollection: false);
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

            Thread.Sleep(1);
        }
    }
}
