namespace SageMakerRules.Triggers;

/// <summary>
/// A thread-safe count of running executions with a limit, shared by the policies of every rule of one runner so
/// that together they stay within the account's concurrent-execution quota (20 by default).
/// </summary>
public sealed class ConcurrencyGate
{
    private int _running;

    /// <summary>Creates a gate.</summary>
    /// <param name="limit">The most executions running at once; at least 1.</param>
    public ConcurrencyGate(int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        Limit = limit;
    }

    /// <summary>The most executions running at once.</summary>
    public int Limit { get; }

    /// <summary>How many executions hold a slot now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Takes a slot when one is free.</summary>
    /// <returns>Whether a slot was taken.</returns>
    public bool TryAcquire()
    {
        while (true)
        {
            var running = Volatile.Read(ref _running);
            if (running >= Limit)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _running, running + 1, running) == running)
            {
                return true;
            }
        }
    }

    /// <summary>Takes a slot even over the limit: for executions found running after a restart.</summary>
    public void Acquire() => Interlocked.Increment(ref _running);

    /// <summary>Gives a slot back.</summary>
    public void Release()
    {
        if (Interlocked.Decrement(ref _running) < 0)
        {
            Interlocked.Increment(ref _running);
            throw new InvalidOperationException("The gate released more slots than it handed out.");
        }
    }
}
