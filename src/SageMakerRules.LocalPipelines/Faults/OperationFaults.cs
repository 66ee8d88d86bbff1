namespace SageMakerRules.LocalPipelines.Faults;

/// <summary>
/// The faults injected into one operation. Rates are probabilities (0 to 1) drawn from the injector's seeded random
/// sequence; the <c>Next</c> counts fault exactly that many following calls first, which makes tests exact.
/// </summary>
public sealed record OperationFaults
{
    /// <summary>The probability that a call is answered 400 <c>ThrottlingException</c> "Rate exceeded".</summary>
    public double ThrottleRate { get; init; }

    /// <summary>The probability that a call is answered 500 <c>InternalFailure</c> without doing the work.</summary>
    public double ServerErrorRate { get; init; }

    /// <summary>
    /// The probability that the work is done and committed but the connection is then aborted, so the client never
    /// sees the answer (the lost acknowledgement).
    /// </summary>
    public double DropResponseRate { get; init; }

    /// <summary>Time added before each call is handled, on the server's clock.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>The number of following calls to throttle, before <see cref="ThrottleRate"/> applies.</summary>
    public int ThrottleNext { get; init; }

    /// <summary>
    /// The number of following calls to fail with a 500, before <see cref="ServerErrorRate"/> applies.
    /// </summary>
    public int ServerErrorNext { get; init; }

    /// <summary>
    /// The number of following calls whose response is dropped, before <see cref="DropResponseRate"/>.
    /// </summary>
    public int DropResponseNext { get; init; }

    /// <summary>Checks the values and returns the problems found; empty when they are valid.</summary>
    /// <returns>One message per invalid value.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        CheckRate(errors, nameof(ThrottleRate), ThrottleRate);
        CheckRate(errors, nameof(ServerErrorRate), ServerErrorRate);
        CheckRate(errors, nameof(DropResponseRate), DropResponseRate);

        if (Latency < TimeSpan.Zero)
        {
            errors.Add("Latency must not be negative.");
        }

        if (ThrottleNext < 0 || ServerErrorNext < 0 || DropResponseNext < 0)
        {
            errors.Add("ThrottleNext, ServerErrorNext and DropResponseNext must not be negative.");
        }

        return errors;
    }

    private static void CheckRate(List<string> errors, string name, double rate)
    {
        if (rate is < 0 or > 1 || double.IsNaN(rate))
        {
            errors.Add($"{name} must be between 0 and 1, not {rate}.");
        }
    }
}
