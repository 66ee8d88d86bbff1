using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace SageMakerRules.Cli.Run;

/// <summary>
/// Streams events from a file or standard input: JSON lines (one object per line), or one JSON array of objects.
/// Only one event is held at a time, so memory stays flat however many arrive.
/// </summary>
internal static class EventSource
{
    /// <summary>Reads events as UTF-8 bytes, one array per event, in input order.</summary>
    /// <param name="input">The open input.</param>
    /// <param name="onRead">Called once per event read, for progress.</param>
    /// <param name="cancellationToken">Stops reading (Ctrl+C).</param>
    public static async IAsyncEnumerable<byte[]> ReadAsync(
        Stream input,
        Action onRead,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        var (replayed, first) = await PeekAsync(input, cancellationToken);
        var events =
            first == '[' ? ReadArrayAsync(replayed, cancellationToken) : ReadLinesAsync(replayed, cancellationToken);
        await using var enumerator = events.GetAsyncEnumerator(cancellationToken);
        while (await MoveNextOrStopAsync(enumerator))
        {
            onRead();
            yield return enumerator.Current;
        }
    }

    private static async Task<bool> MoveNextOrStopAsync(IAsyncEnumerator<byte[]> enumerator)
    {
        try
        {
            return await enumerator.MoveNextAsync();
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C ends the input like its end would: the events read so far are still handled.
            return false;
        }
    }

    private static async IAsyncEnumerable<byte[]> ReadLinesAsync(
        Stream input,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        using var reader = new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Encoding.UTF8.GetBytes(line);
            }
        }
    }

    private static async IAsyncEnumerable<byte[]> ReadArrayAsync(
        Stream input,
        [EnumeratorCancellation] CancellationToken cancellationToken
    )
    {
        var elements = JsonSerializer.DeserializeAsyncEnumerable(
            input,
            EventJsonContext.Default.JsonElement,
            cancellationToken
        );
        await foreach (var element in elements)
        {
            yield return JsonSerializer.SerializeToUtf8Bytes(element, EventJsonContext.Default.JsonElement);
        }
    }

    private static async Task<(Stream Input, int First)> PeekAsync(Stream input, CancellationToken cancel)
    {
        // Read until the first character that is not white space shows whether the input is a JSON array, then
        // replay what was read before the rest. Read only what has arrived: a pipe may hold one short line for long.
        var head = new byte[4096];
        var count = 0;
        var first = -1;
        while (first < 0 && count < head.Length)
        {
            var read = await input.ReadAsync(head.AsMemory(count), cancel);
            if (read == 0)
            {
                break;
            }

            first = head.AsSpan(count, read).IndexOfAnyExcept(Skippable) is var at and >= 0 ? count + at : -1;
            count += read;
        }

        var replayed = new PrefixedStream(head.AsMemory(0, count), input);
        return (replayed, first < 0 ? -1 : head[first]);
    }

    private static ReadOnlySpan<byte> Skippable => " \t\r\n\uFEFF"u8;
}
