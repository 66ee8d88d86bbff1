using Microsoft.Extensions.Logging;
using SageMakerRules.Agent.Hosting;
using SageMakerRules.Agent.Rules;
using SageMakerRules.Agent.Settings;

namespace SageMakerRules.Agent.DesignTime;

/// <summary>
/// Answers <c>Validate</c>: every problem at once, each naming the setting and the fix. With usable credentials it
/// also checks, in SageMaker, that each pipeline exists and that every mapped parameter is declared with a
/// compatible type.
/// </summary>
internal sealed class SettingsValidator(HostBridge host, PipelinesClientFactory clients, ILogger logger)
{
    public string[] Validate(IDictionary<string, string> parameters)
    {
        var problems = new List<SettingProblem>();
        var settings = AgentSettingsReader.Read(host.Reader(parameters), problems);
        using var rules = RuleLoader.Load(settings, problems);
        if (settings.Connection is not null && !HasProblem(problems, SettingKeys.Pipeline))
        {
            new RemoteChecks(settings, rules.Rules, host.ParentOutputs(), problems, logger).Run(clients);
        }

        return problems.Select(problem => problem.Message).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static bool HasProblem(List<SettingProblem> problems, string key) =>
        problems.Any(problem => problem.Key == key);
}
