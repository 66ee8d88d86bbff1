namespace SageMakerRules.Agent.Execution;

/// <summary>
/// How a start is retried after throttling, a server error (5xx), <c>ResourceLimitExceeded</c> or a transient
/// credential failure (Azure AD or STS unreachable or failing): exponential back-off with jitter, bounded in attempts
/// and delay. Every attempt reuses the same idempotency token.
/// </summary>
public sealed record StartRetryOptions
{
    /// <summary>The most attempts in all, the first included (default 6).</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>The delay before the first retry (default 1 s); each further retry doubles it.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between two attempts (default 30 s).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The retry delay before attempt <paramref name="attempt"/>: half fixed, half random ("equal jitter").
    /// </summary>
    /// <param name="attempt">The attempt about to be made, 2 or more.</param>
    /// <param name="random">A value in [0, 1).</param>
    /// <returns>The delay, at most <see cref="MaxDelay"/>.</returns>
    public TimeSpan DelayBefore(int attempt, double random)
    {
        var exponent = Math.Min(attempt - 2, 30);
        var ceiling = Math.Min(InitialDelay.TotalMilliseconds * Math.Pow(2, exponent), MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((ceiling / 2) + (random * ceiling / 2));
    }
}
