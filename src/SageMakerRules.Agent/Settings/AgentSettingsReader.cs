using System.Globalization;
using System.Text.RegularExpressions;
using Keys = SageMakerRules.Agent.Settings.SettingKeys;

namespace SageMakerRules.Agent.Settings;

/// <summary>
/// Reads every setting and checks what can be checked without calling AWS, collecting all problems at once.
/// </summary>
internal static partial class AgentSettingsReader
{
    private static readonly string[] ParameterTypes = ["String", "Integer", "Float", "Boolean"];

    /// <summary>Reads the settings; with <paramref name="rulesFromHost"/> the rules settings are not read.</summary>
    public static AgentSettings Read(SettingReader reader, List<SettingProblem> problems, bool rulesFromHost = false)
    {
        var connection = new ConnectionReader(reader, problems).Read();
        var source = rulesFromHost ? RulesSource.Host : ReadRulesSource(reader, problems);

        return new AgentSettings
        {
            Connection = connection,
            Pipeline = ReadPipeline(reader, problems, required: source == RulesSource.ParameterMap),
            PipelineVersion = ReadVersion(reader, problems),
            RulesSource = source,
            RulesYaml = ReadYaml(reader, problems, source),
            RulesAssemblyPath = ReadAssemblyPath(reader, problems, source),
            RulesPaths = ReadRulesPaths(reader, problems, source),
            ParameterMap = source == RulesSource.ParameterMap ? ReadParameterMap(reader, problems) : [],
            DisplayNameTemplate = reader.Text(Keys.DisplayNameTemplate),
            MaxParallelSteps = ReadMaxParallelSteps(reader, problems),
            Monitor = MonitorReader.Read(reader, problems),
            PollIntervalOverride = MonitorReader.ReadOverride(reader, problems),
            OutputMode = ReadOutputMode(reader, problems),
            StateDirectory = ReadStateDirectory(reader, problems),
        };
    }

    private static RulesSource ReadRulesSource(SettingReader reader, List<SettingProblem> problems)
    {
        var text = reader.Text(Keys.RulesSource);
        if (text is null)
        {
            return RulesSource.ParameterMap;
        }

        if (
            Enum.TryParse<RulesSource>(text, ignoreCase: true, out var source)
            && Enum.IsDefined(source)
            && source != RulesSource.Host
        )
        {
            return source;
        }

        problems.Add(
            Problem(Keys.RulesSource, $"'{text}' is not a choice. Choose ParameterMap, Yaml, Assembly or Files.")
        );
        return RulesSource.ParameterMap;
    }

    private static string? ReadPipeline(SettingReader reader, List<SettingProblem> problems, bool required)
    {
        var pipeline = reader.Text(Keys.Pipeline);
        if (pipeline is null && required)
        {
            problems.Add(Problem(Keys.Pipeline, "No pipeline is chosen. Choose one from the list or type its name."));
        }
        else if (pipeline is not null && !PipelinePattern().IsMatch(pipeline))
        {
            problems.Add(
                Problem(
                    Keys.Pipeline,
                    $"'{pipeline}' is not a pipeline name or ARN. Names use letters, digits and single hyphens, "
                        + "without a hyphen at either end."
                )
            );
        }

        return pipeline;
    }

    private static long? ReadVersion(SettingReader reader, List<SettingProblem> problems)
    {
        var text = reader.Text(Keys.PipelineVersion);
        if (text is null)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version >= 1)
        {
            return version;
        }

        problems.Add(Problem(Keys.PipelineVersion, $"'{text}' is not a version id. Choose a version or Latest."));
        return null;
    }

    private static string? ReadYaml(SettingReader reader, List<SettingProblem> problems, RulesSource source)
    {
        var yaml = reader.Text(Keys.RulesYaml);
        if (source == RulesSource.Yaml && yaml is null)
        {
            problems.Add(
                Problem(Keys.RulesYaml, "No rules are written. Write at least one rule, or choose another source.")
            );
        }

        return source == RulesSource.Yaml ? yaml : null;
    }

    private static string? ReadAssemblyPath(SettingReader reader, List<SettingProblem> problems, RulesSource source)
    {
        var path = reader.Text(Keys.RulesAssemblyPath);
        if (source == RulesSource.Assembly && path is null)
        {
            problems.Add(
                Problem(Keys.RulesAssemblyPath, "No path is set. Enter the full path of the .dll built with the rules.")
            );
        }

        return source == RulesSource.Assembly ? path : null;
    }

    private static IReadOnlyList<string> ReadRulesPaths(
        SettingReader reader,
        List<SettingProblem> problems,
        RulesSource source
    )
    {
        if (source != RulesSource.Files)
        {
            return [];
        }

        var paths = (reader.Text(Keys.RulesPaths) ?? "")
            .Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToList();
        if (paths.Count == 0)
        {
            problems.Add(
                Problem(Keys.RulesPaths, "No file or folder is set. Enter rule files or folders, separated by ;.")
            );
        }

        return paths;
    }

    private static SettingProblem Problem(string key, string message) => SettingCaptions.Problem(key, message);

    [GeneratedRegex(
        @"^([a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}|arn:aws[a-z\-]*:sagemaker:[a-z0-9\-]*:([0-9]{12}|aws):pipeline/.+)$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex PipelinePattern();
}
