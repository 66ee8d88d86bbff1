using Microsoft.Extensions.Logging;
using SageMakerRules.Agent.Hosting;
using SageMakerRules.Agent.Rules;
using SageMakerRules.Agent.Settings;
using SageMakerRules.SageMaker;
using XMIoT.Framework.Settings;
using Keys = SageMakerRules.Agent.Settings.SettingKeys;

namespace SageMakerRules.Agent.DesignTime;

/// <summary>
/// Answers <c>GetConfigurationTemplate</c>: fills the template with the current values, shows the controls the
/// choices need, and refreshes the pipeline and version drop-downs and the parameter grid from SageMaker. Failures
/// become help text on the control concerned; nothing is thrown.
/// </summary>
internal sealed partial class TemplateRefresher(HostBridge host, PipelinesClientFactory clients, ILogger logger)
{
    private static readonly TimeSpan CallLimit = TimeSpan.FromSeconds(30);

    public string Refresh(IDictionary<string, string> parameters)
    {
        var settings = SettingsTemplate.Create();
        new Populator(parameters).Populate(settings);
        var reader = host.Reader(parameters);
        TemplateVisibility.Apply(settings, reader);
        RefreshAttributeColumn(settings);
        ShowRuleProblems(settings, reader);

        var problems = new List<SettingProblem>();
        var connection = new ConnectionReader(reader, problems).Read();
        var pipelineBox = (DropDown)settings.Find(Keys.Pipeline)!;
        if (connection is null)
        {
            pipelineBox.HelpText =
                "Complete the AWS and authentication settings to list pipelines. "
                + string.Join(" ", problems.Select(problem => problem.Message));
            return settings.ToString();
        }

        try
        {
            using var client = clients.Create(connection);
            RefreshFromSageMakerAsync(settings, reader, client).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.DesignTimeCallFailed(logger, "create client", exception.GetType().Name);
            pipelineBox.HelpText = "Cannot connect to SageMaker: " + DesignTimeErrors.Describe(exception);
        }

        return settings.ToString();
    }

    private async Task RefreshFromSageMakerAsync(
        XMIoT.Framework.Settings.Settings settings,
        SettingReader reader,
        ISageMakerPipelinesClient client
    )
    {
        var pipelineBox = (DropDown)settings.Find(Keys.Pipeline)!;
        var pipelinesListed = await TryAsync(
            pipelineBox,
            "Pipelines could not be listed",
            async cancellation =>
            {
                var names = new List<string>();
                await foreach (var summary in client.ListAllPipelinesAsync(new ListPipelinesRequest(), cancellation))
                {
                    names.Add(summary.PipelineName ?? "");
                }

                pipelineBox.Options = names
                    .Where(name => name.Length > 0)
                    .Order(StringComparer.Ordinal)
                    .Select(name => new Option { DisplayMemeber = name, ValueMemeber = name })
                    .ToList();
            }
        );

        var pipeline = reader.Text(Keys.Pipeline);
        if (!pipelinesListed || pipeline is null)
        {
            return;
        }

        await RefreshVersionsAsync(settings, client, pipeline);
        if (reader.Choice(Keys.RulesSource, RulesSource.ParameterMap) == RulesSource.ParameterMap)
        {
            await RefreshGridAsync(settings, reader, client, pipeline);
        }
    }

    private async Task<bool> TryAsync(Setting control, string what, Func<CancellationToken, Task> call)
    {
        using var limit = new CancellationTokenSource(CallLimit);
        try
        {
            await call(limit.Token);
            return true;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.DesignTimeCallFailed(logger, what, exception.GetType().Name);
            control.HelpText = $"{what}: {DesignTimeErrors.Describe(exception)}";
            return false;
        }
    }

    private void RefreshAttributeColumn(XMIoT.Framework.Settings.Settings settings)
    {
        var grid = (Grid)settings.Find(Keys.ParameterMap)!;
        var column = (DropDown)grid.Columns.First(column => column.Key == ParameterMapGrid.AttributeColumn);
        column.Options =
        [
            new Option { DisplayMemeber = "(constant or default)", ValueMemeber = "" },
            .. host.ParentOutputs()
                .Select(attribute => new Option
                {
                    DisplayMemeber = $"{attribute.Name} ({attribute.Type})",
                    ValueMemeber = attribute.Name,
                }),
        ];
    }

    private static void ShowRuleProblems(XMIoT.Framework.Settings.Settings settings, SettingReader reader)
    {
        var source = reader.Choice(Keys.RulesSource, RulesSource.ParameterMap);
        if (source == RulesSource.ParameterMap)
        {
            return;
        }

        var problems = new List<SettingProblem>();
        var agentSettings = AgentSettingsReader.Read(reader, []);
        using var rules = RuleLoader.Load(agentSettings, problems);
        var key = source switch
        {
            RulesSource.Yaml => Keys.RulesYaml,
            RulesSource.Files => Keys.RulesPaths,
            _ => Keys.RulesAssemblyPath,
        };
        if (settings.Find(key) is not { } control)
        {
            return;
        }

        control.HelpText =
            problems.Count > 0
                ? string.Join(" ", problems.Select(problem => problem.Message))
                : "Rules: "
                    + string.Join(", ", rules.Rules.Select(rule => $"{rule.Name} -> {rule.Pipeline.Name}"))
                    + ".";
    }
}
