namespace SageMakerRules.Cli.Run;

/// <summary>Where error records go: standard error, or a file the run opened and closes.</summary>
/// <param name="writer">The writer.</param>
/// <param name="owned">Whether the run opened it and must close it.</param>
internal sealed class ErrorSink(TextWriter writer, bool owned) : IAsyncDisposable
{
    /// <summary>The writer.</summary>
    public TextWriter Writer { get; } = writer;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Writer.FlushAsync();
        if (owned)
        {
            await Writer.DisposeAsync();
        }
    }
}
