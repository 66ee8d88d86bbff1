using Microsoft.Extensions.Time.Testing;
using SageMakerRules.SageMaker.Credentials;

namespace SageMakerRules.SageMaker.Tests.Credentials;

public sealed class AzureAdFederationCredentialsTests
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
    private readonly FakeTokenSource _tokens;
    private readonly FakeExchange _exchange;
    private readonly CapturingLogger _logger = new();

    public AzureAdFederationCredentialsTests()
    {
        _tokens = new FakeTokenSource(call =>
            TestSettings.Jwt("https://issuer.example/v2.0", "api://app", _clock.GetUtcNow().AddHours(1)) + call
        );
        _exchange = new FakeExchange(_clock, Lifetime);
    }

    [Fact]
    public async Task GetCredentialsAsync_RepeatedCalls_ExchangeOnce()
    {
        var credentials = Create();

        var first = await credentials.GetCredentialsAsync();
        _clock.Advance(TimeSpan.FromMinutes(54));
        var second = await credentials.GetCredentialsAsync();

        Assert.Equal(first.AccessKey, second.AccessKey);
        Assert.Equal(1, _exchange.Calls);
        Assert.Equal(1, _tokens.Calls);
    }

    [Fact]
    public async Task GetCredentialsAsync_InsideRefreshMargin_RefreshesBeforeExpiry()
    {
        var credentials = Create();
        var first = await credentials.GetCredentialsAsync();

        _clock.Advance(TimeSpan.FromMinutes(56));
        var refreshed = await credentials.GetCredentialsAsync();
        for (var attempt = 0; attempt < 2_000 && refreshed.AccessKey == first.AccessKey; attempt++)
        {
            // In the margin the SDK refreshes in the background and hands out the current credentials meanwhile.
            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
            refreshed = await credentials.GetCredentialsAsync();
        }

        Assert.NotEqual(first.AccessKey, refreshed.AccessKey);
        Assert.Equal(2, _exchange.Calls);
    }

    [Fact]
    public async Task GetCredentialsAsync_ConcurrentCallersAfterExpiry_OneRefresh()
    {
        var credentials = Create();
        await credentials.GetCredentialsAsync();
        _clock.Advance(TimeSpan.FromMinutes(61));
        _exchange.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var callers = Enumerable.Range(0, 16).Select(_ => Task.Run(credentials.GetCredentialsAsync)).ToArray();
        await WaitForAsync(() => _exchange.Calls == 2);
        _exchange.Gate.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.Equal(2, _exchange.Calls);
        Assert.All(results, result => Assert.Equal("ASIAFAKE00000002", result.AccessKey));
    }

    [Fact]
    public async Task GetCredentialsAsync_ConcurrentCallersWithShortLivedCredentials_GetConsistentCredentials()
    {
        var exchange = new FakeExchange(_clock, TimeSpan.FromSeconds(30));
        var credentials = new AzureAdFederationCredentials(TestSettings.Settings(), _tokens, exchange, _clock, _logger);

        var results = await Task.WhenAll(
            Enumerable.Range(0, 32).Select(_ => Task.Run(credentials.GetCredentialsAsync))
        );

        Assert.All(
            results,
            result =>
            {
                var call = result.AccessKey["ASIAFAKE".Length..].TrimStart('0');
                Assert.Equal($"secret-{call}", result.SecretKey);
                Assert.Equal($"session-{call}", result.Token);
            }
        );
    }

    [Fact]
    public async Task GetCredentialsAsync_TransientFailure_RecoversOnNextCall()
    {
        var credentials = Create();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            _exchange.Failures.Enqueue(new WebIdentityExchangeException(null, "Connection refused", 0));
        }

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);
        var recovered = await credentials.GetCredentialsAsync();

        Assert.True(failure.IsTransient);
        Assert.Contains("after 3 attempt(s)", failure.Message);
        Assert.Equal("ASIAFAKE00000004", recovered.AccessKey);
    }

    [Fact]
    public async Task GetCredentialsAsync_ExpiredToken_RetriesWithFreshToken()
    {
        var credentials = Create();
        _exchange.Failures.Enqueue(new WebIdentityExchangeException("ExpiredTokenException", "Token expired", 400));

        var result = await credentials.GetCredentialsAsync();

        Assert.Equal("ASIAFAKE00000002", result.AccessKey);
        Assert.Equal(1, _tokens.ForcedCalls);
        Assert.Equal(2, _exchange.Tokens.Distinct().Count());
    }

    [Fact]
    public async Task GetCredentialsAsync_IdpCommunicationErrorPersists_StopsAfterLimit()
    {
        var credentials = Create();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            _exchange.Failures.Enqueue(new WebIdentityExchangeException("IDPCommunicationError", "no keys", 400));
        }

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);

        Assert.Equal("IDPCommunicationError", failure.ErrorCode);
        Assert.Equal(3, _exchange.Calls);
        Assert.True(failure.IsTransient);
    }

    [Fact]
    public async Task GetCredentialsAsync_InvalidIdentityToken_FailsWithoutRetry()
    {
        var credentials = Create();
        _exchange.Failures.Enqueue(new WebIdentityExchangeException("InvalidIdentityToken", "No provider", 400));

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);

        Assert.Equal(1, _exchange.Calls);
        Assert.Contains("https://issuer.example/v2.0", failure.Message);
        Assert.Contains("api://app", failure.Message);
    }

    [Fact]
    public async Task GetCredentialsAsync_FailuresAndSuccess_NeverRenderSecrets()
    {
        var credentials = Create();
        _exchange.Failures.Enqueue(new WebIdentityExchangeException("AccessDenied", "denied", 403));

        var failure = await Assert.ThrowsAsync<CredentialsException>(credentials.GetCredentialsAsync);
        var issued = await credentials.GetCredentialsAsync();

        var rendered = string.Join('\n', _logger.Lines) + failure + credentials;
        Assert.NotEmpty(_logger.Lines);
        Assert.DoesNotContain(TestSettings.Secret, rendered);
        Assert.DoesNotContain(issued.SecretKey, rendered);
        Assert.DoesNotContain(issued.Token, rendered);
        Assert.All(_exchange.Tokens, token => Assert.DoesNotContain(token, rendered));
        Assert.All(_exchange.Tokens, token => Assert.DoesNotContain(token.Split('.')[2], rendered));
    }

    private AzureAdFederationCredentials Create() => new(TestSettings.Settings(), _tokens, _exchange, _clock, _logger);

    private static async Task WaitForAsync(Func<bool> condition)
    {
        // Bounded by iterations, not by a wall-clock limit: the refresh runs on the thread pool.
        for (var attempt = 0; attempt < 2_000 && !condition(); attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(5), TimeProvider.System);
        }

        Assert.True(condition());
    }
}
