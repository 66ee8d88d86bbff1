using Microsoft.Extensions.Logging;
using SageMakerRules.Agent.Hosting;
using SageMakerRules.Agent.Rules;
using SageMakerRules.Agent.Settings;
using SageMakerRules.SageMaker;
using SageMakerRules.SageMaker.Credentials;
using XMIoT.Framework.Settings.Enums;

namespace SageMakerRules.Agent.DesignTime;

/// <summary>The checks of <c>Validate</c> that ask SageMaker: pipelines exist, parameters are declared.</summary>
internal sealed class RemoteChecks(
    AgentSettings settings,
    IReadOnlyList<IRule> rules,
    IReadOnlyList<XMIoT.Framework.Attribute> parentOutputs,
    List<SettingProblem> problems,
    ILogger logger
)
{
    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(30);

    public void Run(PipelinesClientFactory clients)
    {
        try
        {
            using var client = clients.Create(settings.Connection!);
            RunAsync(client).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.DesignTimeCallFailed(logger, "validate", exception.GetType().Name);
            Add(
                SettingKeys.AuthenticationMethod,
                "SageMaker could not be asked to check the pipeline: " + DesignTimeErrors.Describe(exception)
            );
        }
    }

    private async Task RunAsync(ISageMakerPipelinesClient client)
    {
        foreach (var rule in rules)
        {
            var parameters = await DescribeAsync(client, rule);
            if (parameters is null)
            {
                continue;
            }

            if (rule is ParameterMapRule)
            {
                CheckParameterMap(parameters);
            }
            else
            {
                CheckRuleParameters(rule, parameters);
            }
        }
    }

    private async Task<IReadOnlyList<PipelineDefinitionParameter>?> DescribeAsync(
        ISageMakerPipelinesClient client,
        IRule rule
    )
    {
        var key = rule is ParameterMapRule ? SettingKeys.Pipeline : KeyOfRules();
        using var limit = new CancellationTokenSource(CallLimit);
        try
        {
            var request = new DescribePipelineRequest
            {
                PipelineName = rule.Pipeline.Name,
                PipelineVersionId = rule.Pipeline.VersionId,
            };
            var response = await client.DescribePipelineAsync(request, limit.Token);
            return PipelineDefinition.Parse(response.PipelineDefinition ?? "{}");
        }
        catch (ResourceNotFoundException)
        {
            var version = rule.Pipeline.VersionId is { } id ? $" version {id}" : "";
            Add(
                key,
                $"Pipeline '{rule.Pipeline.Name}'{version} does not exist in {settings.Connection!.Region} "
                    + $"(rule {rule.Name}). Choose an existing pipeline, version or region."
            );
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or CredentialsException))
        {
            // Credentials that cannot be had are the authentication settings' problem, not the rule's: Run reports
            // them once for all rules.
            Add(key, $"Pipeline '{rule.Pipeline.Name}' could not be checked: {DesignTimeErrors.Describe(exception)}");
        }

        return null;
    }

    private void CheckParameterMap(IReadOnlyList<PipelineDefinitionParameter> declared)
    {
        var byName = declared.ToDictionary(parameter => parameter.Name, StringComparer.Ordinal);
        foreach (var row in settings.ParameterMap.Where(row => !row.UsesDefault))
        {
            if (!byName.TryGetValue(row.Parameter, out var parameter))
            {
                Add(
                    SettingKeys.ParameterMap,
                    $"Parameter '{row.Parameter}' is not declared by pipeline "
                        + $"'{settings.Pipeline}'. Refresh the pipeline to reload the grid."
                );
            }
            else if (row.Attribute is { } attribute)
            {
                CheckAttribute(parameter, attribute);
            }
            else if (!PipelineDefinition.IsCompatible(row.Constant, parameter.Type))
            {
                Add(
                    SettingKeys.ParameterMap,
                    $"The constant '{row.Constant}' of parameter '{row.Parameter}' is not "
                        + $"a valid {parameter.Type}. Enter a {parameter.Type} value."
                );
            }
        }
    }

    private void CheckAttribute(PipelineDefinitionParameter parameter, string attribute)
    {
        var source = parentOutputs.FirstOrDefault(output => output.Name == attribute);
        if (source is null)
        {
            if (parentOutputs.Count > 0)
            {
                Add(
                    SettingKeys.ParameterMap,
                    $"Parameter '{parameter.Name}' is mapped to '{attribute}', which the "
                        + "input does not have. Choose one of the input attributes."
                );
            }

            return;
        }

        if (!Fits(source.Type, parameter.Type))
        {
            Add(
                SettingKeys.ParameterMap,
                $"Parameter '{parameter.Name}' is a {parameter.Type}, but input attribute "
                    + $"'{attribute}' is a {source.Type}. Map an attribute of a compatible type or a constant."
            );
        }
    }

    private void CheckRuleParameters(IRule rule, IReadOnlyList<PipelineDefinitionParameter> declared)
    {
        foreach (var name in rule.ParameterNames.Where(name => declared.All(parameter => parameter.Name != name)))
        {
            Add(
                KeyOfRules(),
                $"Rule {rule.Name} sets parameter '{name}', which pipeline '{rule.Pipeline.Name}' does "
                    + "not declare. Remove it from the rule or add it to the pipeline."
            );
        }
    }

    private static bool Fits(Types attribute, PipelineParameterType parameter) =>
        parameter switch
        {
            PipelineParameterType.Integer => attribute is Types.Int or Types.Long,
            PipelineParameterType.Float => attribute is Types.Int or Types.Long or Types.Double,
            PipelineParameterType.Boolean => attribute is Types.Boolean,
            _ => true,
        };

    private string KeyOfRules() =>
        settings.RulesSource switch
        {
            RulesSource.Yaml => SettingKeys.RulesYaml,
            RulesSource.Files => SettingKeys.RulesPaths,
            _ => SettingKeys.RulesAssemblyPath,
        };

    private void Add(string key, string message) => problems.Add(SettingCaptions.Problem(key, message));
}
