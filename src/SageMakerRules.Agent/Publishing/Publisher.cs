using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;
using XMIoT.Framework;

namespace SageMakerRules.Agent.Publishing;

/// <summary>
/// Raises the agent's publish events one at a time (receive calls and the completion pump publish from different
/// threads), and keeps a failing subscriber from breaking the stream.
/// </summary>
internal sealed class Publisher(
    object sender,
    Func<EventHandler<OnPublishArgs>?> output,
    Func<EventHandler<OnErrorArgs>?> error,
    ILogger logger
)
{
    public const string OutputEndpoint = "Output";
    public const string ErrorEndpoint = "Error";
    private readonly Lock _lock = new();

    public void Output(JArray events)
    {
        if (events.Count > 0)
        {
            Raise(OutputEndpoint, () => output()?.Invoke(sender, new OnPublishArgs(events, OutputEndpoint)));
        }
    }

    public void Output(IReadOnlyList<byte[]> events)
    {
        if (events.Count > 0)
        {
            Raise(OutputEndpoint, () => output()?.Invoke(sender, new OnPublishArgs(Stream(events), OutputEndpoint)));
        }
    }

    public void Error(OnErrorArgs record) => Raise(ErrorEndpoint, () => error()?.Invoke(sender, record));

    private void Raise(string endpoint, Action publish)
    {
        try
        {
            lock (_lock)
            {
                publish();
            }
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.PublishFailed(logger, exception, endpoint, exception.GetType().Name);
        }
    }

    private static async IAsyncEnumerable<byte[]> Stream(IReadOnlyList<byte[]> events)
    {
        foreach (var utf8 in events)
        {
            yield return utf8;
        }

        await Task.CompletedTask;
    }
}
