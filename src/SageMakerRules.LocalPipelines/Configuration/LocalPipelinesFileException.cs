namespace SageMakerRules.LocalPipelines.Configuration;

/// <summary>A pipelines file could not be read or is invalid; <see cref="Errors"/> lists every problem found.</summary>
public sealed class LocalPipelinesFileException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file path (or the name given to the text).</param>
    /// <param name="errors">Each problem, located as <c>file(line,column): message</c>.</param>
    public LocalPipelinesFileException(string source, IReadOnlyList<string> errors)
        : base(
            $"The pipelines file {source} is invalid:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}"
        )
    {
        Source = source;
        Errors = errors;
    }

    /// <summary>The file path (or the name given to the text).</summary>
    public new string Source { get; }

    /// <summary>Each problem, located as <c>file(line,column): message</c>.</summary>
    public IReadOnlyList<string> Errors { get; }
}
