namespace SageMakerRules.Cli.Common;

/// <summary>The standard streams a command writes to and reads from; replaced in tests.</summary>
/// <param name="Out">Standard output: results, one JSON line or table row at a time.</param>
/// <param name="Error">Standard error: diagnostics, progress, the summary, one-line errors.</param>
/// <param name="In">Standard input: events with <c>--events -</c>.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, TextReader In)
{
    /// <summary>The process's own streams.</summary>
    public static CliConsole System { get; } = new(Console.Out, Console.Error, Console.In);

    /// <summary>Whether standard error is a terminal, where progress is worth drawing.</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
