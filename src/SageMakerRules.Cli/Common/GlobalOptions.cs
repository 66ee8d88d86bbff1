using System.CommandLine;

namespace SageMakerRules.Cli.Common;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    /// <summary><c>--verbose</c>: show stack traces and the endpoint's log.</summary>
    public static Option<bool> Verbose { get; } =
        new("--verbose", "-v") { Description = "Show stack traces and detailed logs.", Recursive = true };
}
