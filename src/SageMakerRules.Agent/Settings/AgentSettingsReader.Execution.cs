using SageMakerRules.Agent.Rules;
using Keys = SageMakerRules.Agent.Settings.SettingKeys;

namespace SageMakerRules.Agent.Settings;

internal static partial class AgentSettingsReader
{
    private static IReadOnlyList<ParameterMapping> ReadParameterMap(SettingReader reader, List<SettingProblem> problems)
    {
        var rows = ParameterMapGrid.Read(reader.Text(Keys.ParameterMap), out var gridProblem);
        if (gridProblem is not null)
        {
            problems.Add(Problem(Keys.ParameterMap, $"The grid cannot be read: {gridProblem}. Refresh the pipeline."));
        }

        foreach (var row in rows)
        {
            if (!ParameterTypes.Contains(row.Type, StringComparer.Ordinal))
            {
                problems.Add(
                    Problem(
                        Keys.ParameterMap,
                        $"Parameter '{row.Parameter}' has the type '{row.Type}'. Use String, Integer, Float or Boolean."
                    )
                );
            }
            else if (row.Attribute is null && row.Constant is { } constant)
            {
                CheckConstant(row, constant, problems);
            }
        }

        return rows;
    }

    private static void CheckConstant(ParameterMapping row, string constant, List<SettingProblem> problems)
    {
        if (constant.Length > ParameterMapRule.MaxParameterLength)
        {
            problems.Add(
                Problem(
                    Keys.ParameterMap,
                    $"The constant of parameter '{row.Parameter}' has {constant.Length} characters. SageMaker "
                        + $"accepts at most {ParameterMapRule.MaxParameterLength}; shorten it."
                )
            );
        }
        else if (
            Enum.TryParse<SageMaker.PipelineParameterType>(row.Type, out var type)
            && !SageMaker.PipelineDefinition.IsCompatible(constant, type)
        )
        {
            problems.Add(
                Problem(
                    Keys.ParameterMap,
                    $"The constant '{constant}' of parameter '{row.Parameter}' is not a valid {row.Type}. Enter a "
                        + $"{row.Type} value."
                )
            );
        }
    }

    private static int? ReadMaxParallelSteps(SettingReader reader, List<SettingProblem> problems)
    {
        var steps = reader.Number(Keys.MaxParallelSteps, 0);
        if (steps < 0 || steps > int.MaxValue)
        {
            problems.Add(Problem(Keys.MaxParallelSteps, $"{steps} is out of range. Enter 0 or a positive number."));
            return null;
        }

        return steps == 0 ? null : (int)steps;
    }

    private static OutputMode ReadOutputMode(SettingReader reader, List<SettingProblem> problems)
    {
        var text = reader.Text(Keys.OutputMode);
        if (text is null)
        {
            return OutputMode.All;
        }

        if (Enum.TryParse<OutputMode>(text, ignoreCase: true, out var mode) && Enum.IsDefined(mode))
        {
            return mode;
        }

        problems.Add(Problem(Keys.OutputMode, $"'{text}' is not a choice. Choose All or TriggeredOnly."));
        return OutputMode.All;
    }

    private static string? ReadStateDirectory(SettingReader reader, List<SettingProblem> problems)
    {
        var directory = reader.Text(Keys.StateDirectory);
        if (directory is null)
        {
            return null;
        }

        if (directory.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || !Path.IsPathFullyQualified(directory))
        {
            problems.Add(
                Problem(Keys.StateDirectory, $"'{directory}' is not a full directory path. Enter an absolute path.")
            );
            return null;
        }

        return directory;
    }
}
