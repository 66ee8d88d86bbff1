using System.Globalization;
using System.Text.RegularExpressions;
using SageMakerRules.Agent.Settings;
using SageMakerRules.Compiler;

namespace SageMakerRules.Agent.Rules;

/// <summary>Loads the agent's rules from the settings: the parameter map, YAML text or a rules assembly.</summary>
internal static partial class RuleLoader
{
    private static readonly RuleCompiler Compiler = new();

    /// <summary>Loads the rules; every problem is added to <paramref name="problems"/> and none is thrown.</summary>
    public static LoadedRules Load(AgentSettings settings, List<SettingProblem> problems) =>
        settings.RulesSource switch
        {
            RulesSource.Yaml => FromYaml(settings.RulesYaml, problems),
            RulesSource.Assembly => FromAssembly(settings.RulesAssemblyPath, problems),
            RulesSource.Files => FromFiles(settings.RulesPaths, problems),
            RulesSource.Host => LoadedRules.None,
            _ => new LoadedRules([settings.CreateParameterMapRule()], null),
        };

    private static LoadedRules FromYaml(string? yaml, List<SettingProblem> problems)
    {
        if (yaml is null)
        {
            return LoadedRules.None;
        }

        var documents = DocumentSeparator()
            .Split(yaml)
            .Where(document => !string.IsNullOrWhiteSpace(document))
            .Select((document, index) => new RuleSource(DocumentPath(index), document))
            .ToList();
        var result = Compiler.Compile(documents);
        foreach (var diagnostic in result.Diagnostics.Where(diagnostic => diagnostic.IsError))
        {
            problems.Add(SettingCaptions.Problem(SettingKeys.RulesYaml, Describe(diagnostic)));
        }

        return Accept(result, SettingKeys.RulesYaml, "The text holds no rule. Write at least one rule.", problems);
    }

    private static LoadedRules FromFiles(IReadOnlyList<string> paths, List<SettingProblem> problems)
    {
        if (paths.Count == 0)
        {
            return LoadedRules.None;
        }

        try
        {
            var result = Compiler.CompileFiles(paths);

            // Diagnostics keep the compiler's form, path(line,col): error SMRxxx: message, so editors can jump there.
            foreach (var diagnostic in result.Diagnostics.Where(diagnostic => diagnostic.IsError))
            {
                problems.Add(new SettingProblem(SettingKeys.RulesPaths, diagnostic.ToString()));
            }

            return Accept(result, SettingKeys.RulesPaths, "The files hold no rule. Add .yaml rule files.", problems);
        }
        catch (Exception exception)
            when (exception
                    is FileNotFoundException
                        or DirectoryNotFoundException
                        or IOException
                        or UnauthorizedAccessException
            )
        {
            problems.Add(
                SettingCaptions.Problem(
                    SettingKeys.RulesPaths,
                    $"The rules cannot be read: {exception.Message} Enter existing files or folders."
                )
            );
            return LoadedRules.None;
        }
    }

    private static LoadedRules FromAssembly(string? path, List<SettingProblem> problems)
    {
        if (path is null)
        {
            return LoadedRules.None;
        }

        try
        {
            var result = RuleCompiler.LoadAssembly(path);
            return Accept(
                result,
                SettingKeys.RulesAssemblyPath,
                $"'{path}' holds no rules. Build it with the " + "SageMakerRules generator.",
                problems
            );
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            problems.Add(
                AssemblyProblem(
                    $"The file '{path}' does not exist on this machine. Enter the full path of " + "the rules .dll."
                )
            );
        }
        catch (Exception exception)
            when (exception
                    is BadImageFormatException
                        or FileLoadException
                        or TypeLoadException
                        or InvalidCastException
                        or MissingMethodException
                        or System.Reflection.TargetInvocationException
                        or UnauthorizedAccessException
            )
        {
            problems.Add(
                AssemblyProblem(
                    $"'{path}' cannot be loaded ({exception.GetType().Name}: "
                        + $"{exception.Message}). Rebuild it against this version of SageMakerRules."
                )
            );
        }

        return LoadedRules.None;
    }

    private static LoadedRules Accept(
        RuleCompilationResult result,
        string key,
        string emptyMessage,
        List<SettingProblem> problems
    )
    {
        if (result.Succeeded && result.Rules.Count > 0)
        {
            return new LoadedRules(result.Rules, result);
        }

        if (result.Succeeded)
        {
            problems.Add(SettingCaptions.Problem(key, emptyMessage));
        }

        result.Dispose();
        return LoadedRules.None;
    }

    private static string DocumentPath(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"rule-{index + 1}.yaml");

    private static string Describe(RuleDiagnostic diagnostic) =>
        diagnostic.Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Path} line {diagnostic.Line}, ")
                + string.Create(CultureInfo.InvariantCulture, $"column {diagnostic.Column}: ")
                + $"{diagnostic.Id}: {diagnostic.Message}"
            : $"{diagnostic.Path}: {diagnostic.Id}: {diagnostic.Message}";

    private static SettingProblem AssemblyProblem(string message) =>
        SettingCaptions.Problem(SettingKeys.RulesAssemblyPath, message);

    [GeneratedRegex(@"^---[ \t]*\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentSeparator();
}
