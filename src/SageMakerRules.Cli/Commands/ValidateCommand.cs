using System.CommandLine;
using SageMakerRules.Cli.Common;
using SageMakerRules.Cli.Validation;
using SageMakerRules.Compiler;

namespace SageMakerRules.Cli.Commands;

/// <summary>
/// <c>validate &lt;files or folders&gt;</c>: checks rule files against the schema editors use and with the same
/// compiler the build uses.
/// </summary>
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
        command.SetAction((parse, _) => RunAsync(parse.GetRequiredValue(paths), console));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, CliConsole console)
    {
        RuleFiles.EnsureExist(paths);
        var sources = RuleFiles.Read(paths);
        var schema = await RuleSchema.LoadAsync();

        using var result = new RuleCompiler().Compile(sources);
        var diagnostics = DiagnosticMerger.Merge(
            [.. sources.Select(source => source.Path)],
            result.Diagnostics,
            sources.SelectMany(schema.Validate)
        );
        foreach (var diagnostic in diagnostics)
        {
            console.Out.WriteLine(diagnostic.ToString());
        }

        var errors = diagnostics.Count(diagnostic => diagnostic.IsError);
        console.Error.WriteLine(
            errors == 0 ? $"{result.Rules.Count} rule(s) valid." : $"{errors} error(s) in {RuleFiles.Describe(paths)}."
        );
        return errors == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
