using System.CommandLine;
using SageMakerRules.Cli.Common;
using SageMakerRules.Compiler;

namespace SageMakerRules.Cli.Commands;

/// <summary><c>validate &lt;files or folders&gt;</c>: checks rule files with the same compiler the build uses.</summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">Where output goes.</param>
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Rule files (.yaml, .yml) or folders to search for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("validate", "Check rule files and print their diagnostics.") { paths };
        command.SetAction(parse => Run(parse.GetRequiredValue(paths), console));
        return command;
    }

    private static int Run(string[] paths, CliConsole console)
    {
        RuleFiles.EnsureExist(paths);

        using var result = new RuleCompiler().CompileFiles(paths);
        foreach (var diagnostic in result.Diagnostics)
        {
            console.Out.WriteLine(diagnostic.ToString());
        }

        var errors = result.Diagnostics.Count(diagnostic => diagnostic.IsError);
        console.Error.WriteLine(
            errors == 0 ? $"{result.Rules.Count} rule(s) valid." : $"{errors} error(s) in {RuleFiles.Describe(paths)}."
        );
        return errors == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
