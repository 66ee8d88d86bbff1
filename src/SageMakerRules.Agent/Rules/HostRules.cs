using SageMakerRules.Agent.Settings;

namespace SageMakerRules.Agent.Rules;

/// <summary>Checks the rules a host hands over already compiled, as the rules settings would be checked.</summary>
internal static class HostRules
{
    /// <summary>The pseudo setting key that names host rules in problems.</summary>
    public const string Key = "rules";

    /// <summary>Wraps the host's rules (the host keeps owning them), adding a problem for each defect.</summary>
    public static LoadedRules Accept(IReadOnlyList<IRule> rules, List<SettingProblem> problems)
    {
        if (rules.Count == 0)
        {
            problems.Add(Problem("The list is empty. Hand over at least one rule, or create the agent from settings."));
            return LoadedRules.None;
        }

        if (rules.Any(rule => rule is null))
        {
            problems.Add(Problem("The list holds a null entry. Remove it."));
            return LoadedRules.None;
        }

        var duplicates = rules
            .GroupBy(rule => rule.Name, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"'{group.Key}'")
            .ToList();
        if (duplicates.Count > 0)
        {
            problems.Add(
                Problem($"Rule names must be distinct; {string.Join(", ", duplicates)} appear more than once.")
            );
            return LoadedRules.None;
        }

        // The host compiled the rules and disposes of them after Destroy; the agent never does.
        return new LoadedRules(rules, null);
    }

    private static SettingProblem Problem(string message) => new(Key, $"Rules handed over by the host: {message}");
}
