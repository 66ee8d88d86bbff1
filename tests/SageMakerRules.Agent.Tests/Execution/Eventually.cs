using System.Diagnostics;

namespace SageMakerRules.Agent.Tests.Execution;

/// <summary>Waits for background work of the code under test; the bound is generous and only stops a hang.</summary>
internal static class Eventually
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    public static async Task HoldsAsync(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < HangGuard, "The condition did not hold; the code under test seems stuck.");
            await Task.Delay(5);
        }
    }

    /// <summary>Gives continuations queued by a fake clock advance a chance to run.</summary>
    public static async Task SettleAsync()
    {
        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(2);
        }
    }

    public static async Task<T> ReadAsync<T>(System.Threading.Channels.ChannelReader<T> reader) =>
        await reader.ReadAsync().AsTask().WaitAsync(HangGuard);
}
