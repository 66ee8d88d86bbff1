namespace SageMakerRules.LocalPipelines.Faults;

/// <summary>
/// The faults the running endpoint injects, per operation name (for example <c>StartPipelineExecution</c>) or for
/// every operation (<see cref="AllOperations"/>). Changes take effect on the next call. Deterministic: one random
/// sequence seeded at construction decides the rates, and the <c>Next</c> counts are consumed in call order.
/// </summary>
public sealed class FaultInjector
{
    /// <summary>The key that applies faults to every operation that has no faults of its own.</summary>
    public const string AllOperations = "*";

    private readonly Lock _lock = new();

    private readonly Dictionary<string, FaultState> _faults = new(StringComparer.Ordinal);

    private readonly Random _random;

    /// <summary>Creates an injector without faults.</summary>
    /// <param name="seed">The seed of the random sequence that decides rate-based faults.</param>
    public FaultInjector(int seed = 0) => _random = new Random(seed);

    /// <summary>Sets (replacing) the faults of an operation, restarting its <c>Next</c> counts.</summary>
    /// <param name="operation">The operation name, or <see cref="AllOperations"/>.</param>
    /// <param name="faults">The faults to inject.</param>
    /// <exception cref="ArgumentException">A rate, latency or count is out of range.</exception>
    public void Set(string operation, OperationFaults faults)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        ArgumentNullException.ThrowIfNull(faults);

        if (faults.Validate() is [var first, ..])
        {
            throw new ArgumentException($"Faults for {operation}: {first}", nameof(faults));
        }

        lock (_lock)
        {
            _faults[operation] = new FaultState(faults);
        }
    }

    /// <summary>Removes the faults of one operation.</summary>
    /// <param name="operation">The operation name, or <see cref="AllOperations"/>.</param>
    public void Clear(string operation)
    {
        lock (_lock)
        {
            _faults.Remove(operation);
        }
    }

    /// <summary>Removes every fault.</summary>
    public void ClearAll()
    {
        lock (_lock)
        {
            _faults.Clear();
        }
    }

    internal FaultDecision Decide(string operation)
    {
        lock (_lock)
        {
            if (!_faults.TryGetValue(operation, out var state) && !_faults.TryGetValue(AllOperations, out state))
            {
                return FaultDecision.None;
            }

            return new FaultDecision(state.Faults.Latency, state.Next(_random));
        }
    }

    private sealed class FaultState(OperationFaults faults)
    {
        private int _throttleLeft = faults.ThrottleNext;

        private int _serverErrorLeft = faults.ServerErrorNext;

        private int _dropLeft = faults.DropResponseNext;

        public OperationFaults Faults { get; } = faults;

        public FaultKind Next(Random random)
        {
            if (Consume(ref _throttleLeft) || Draw(random, Faults.ThrottleRate))
            {
                return FaultKind.Throttle;
            }

            if (Consume(ref _serverErrorLeft) || Draw(random, Faults.ServerErrorRate))
            {
                return FaultKind.ServerError;
            }

            return Consume(ref _dropLeft) || Draw(random, Faults.DropResponseRate)
                ? FaultKind.DropResponse
                : FaultKind.None;
        }

        private static bool Consume(ref int left)
        {
            if (left <= 0)
            {
                return false;
            }

            left--;

            return true;
        }

        private static bool Draw(Random random, double rate) => rate > 0 && random.NextDouble() < rate;
    }
}
