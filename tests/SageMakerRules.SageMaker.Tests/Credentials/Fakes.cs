using System.Collections.Concurrent;
using System.Text;
using Amazon.Runtime;
using Microsoft.Extensions.Logging;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.SageMaker.Tests.Credentials;

internal static class TestSettings
{
    public const string Secret = "client-secret-Zq8~value-never-printed";

    public static AzureAdCredentialOptions Options() =>
        new()
        {
            TenantId = "11111111-aaaa-bbbb-cccc-222222222222",
            ClientId = "33333333-dddd-eeee-ffff-444444444444",
            ClientSecret = Secret,
            RoleArn = "arn:aws:iam::123456789012:role/sagemaker-rules",
            RoleSessionName = "agent-1",
        };

    public static FederationSettings Settings(Action<AzureAdCredentialOptions>? configure = null)
    {
        var options = Options();
        configure?.Invoke(options);

        return FederationSettings.Resolve(options, _ => null) with
        {
            ExchangeRetryDelay = TimeSpan.Zero,
        };
    }

    /// <summary>An unsigned JWT with the given claims; its signature part is a recognisable secret.</summary>
    public static string Jwt(string issuer, string audience, DateTimeOffset expires) =>
        string.Join(
            '.',
            Encode("""{"alg":"RS256","typ":"JWT"}"""),
            Encode($$"""{"iss":"{{issuer}}","aud":"{{audience}}","exp":{{expires.ToUnixTimeSeconds()}}}"""),
            "c2lnbmF0dXJlLW5ldmVyLXByaW50ZWQ"
        );

    private static string Encode(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

internal sealed class FakeTokenSource(Func<int, string> token) : IAzureTokenSource
{
    private int _calls;

    public int Calls => _calls;

    public int ForcedCalls { get; private set; }

    public Task<string> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        if (forceRefresh)
        {
            ForcedCalls++;
        }

        return Task.FromResult(token(call));
    }
}

internal sealed class FakeExchange(TimeProvider clock, TimeSpan lifetime) : IWebIdentityExchange
{
    private int _calls;

    public int Calls => _calls;

    public Queue<WebIdentityExchangeException> Failures { get; } = new();

    public TaskCompletionSource? Gate { get; set; }

    public ConcurrentBag<string> Tokens { get; } = [];

    public async Task<ExchangedCredentials> ExchangeAsync(string webIdentityToken, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        Tokens.Add(webIdentityToken);
        if (Gate is { } gate)
        {
            await gate.Task;
        }

        lock (Failures)
        {
            if (Failures.TryDequeue(out var failure))
            {
                throw failure;
            }
        }

        var credentials = new ImmutableCredentials($"ASIAFAKE{call:D8}", $"secret-{call}", $"session-{call}");

        return new ExchangedCredentials(credentials, clock.GetUtcNow() + lifetime);
    }
}

internal sealed class CapturingLogger : ILogger
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter
    ) => Lines.Enqueue($"{logLevel} {eventId.Id} {formatter(state, exception)} {exception}");
}
