namespace SageMakerRules.Cli.Common;

/// <summary>The exit codes of <c>sagemaker-rules</c>, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was handled.</summary>
    public const int Success = 0;

    /// <summary>A rule has errors, an event ended as an error record, or a pattern did not match.</summary>
    public const int Failure = 1;

    /// <summary>The command could not run: bad arguments, a missing file, an invalid pattern.</summary>
    public const int UsageError = 2;

    /// <summary>Stopped with Ctrl+C (128 + SIGINT), as shells report it.</summary>
    public const int Interrupted = 130;
}
