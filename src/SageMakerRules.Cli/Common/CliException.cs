namespace SageMakerRules.Cli.Common;

/// <summary>
/// A problem the person running the command can fix. It is printed as one line, without a stack trace unless
/// <c>--verbose</c> is given.
/// </summary>
/// <param name="message">What went wrong and how to fix it, in one sentence.</param>
/// <param name="exitCode">The process exit code to end with.</param>
/// <param name="innerException">The underlying failure, shown with <c>--verbose</c>.</param>
internal sealed class CliException(
    string message,
    int exitCode = ExitCodes.UsageError,
    Exception? innerException = null
) : Exception(message, innerException)
{
    /// <summary>The process exit code to end with.</summary>
    public int ExitCode { get; } = exitCode;
}
