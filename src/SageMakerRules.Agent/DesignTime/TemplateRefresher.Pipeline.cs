using System.Globalization;
using SageMakerRules.Agent.Rules;
using SageMakerRules.Agent.Settings;
using SageMakerRules.SageMaker;
using XMIoT.Framework.Settings;
using Keys = SageMakerRules.Agent.Settings.SettingKeys;

namespace SageMakerRules.Agent.DesignTime;

internal sealed partial class TemplateRefresher
{
    private async Task RefreshVersionsAsync(
        XMIoT.Framework.Settings.Settings settings,
        ISageMakerPipelinesClient client,
        string pipeline
    )
    {
        var versionBox = (DropDown)settings.Find(Keys.PipelineVersion)!;
        await TryAsync(
            versionBox,
            "Versions could not be listed",
            async cancellation =>
            {
                var request = new ListPipelineVersionsRequest { PipelineName = pipeline };
                var versions = new List<PipelineVersionSummary>();
                await foreach (var version in client.ListAllPipelineVersionsAsync(request, cancellation))
                {
                    versions.Add(version);
                }

                versionBox.Options =
                [
                    new Option { DisplayMemeber = "Latest", ValueMemeber = "" },
                    .. versions
                        .Where(version => version.PipelineVersionId is not null)
                        .OrderByDescending(version => version.PipelineVersionId)
                        .Select(VersionOption),
                ];
                if (versionBox.Value is { Length: > 0 } chosen && versionBox.Options.All(o => o.ValueMemeber != chosen))
                {
                    versionBox.HelpText =
                        $"Version {chosen} does not exist for '{pipeline}'; the latest version is used.";
                    versionBox.Value = "";
                }
            }
        );
    }

    private async Task RefreshGridAsync(
        XMIoT.Framework.Settings.Settings settings,
        SettingReader reader,
        ISageMakerPipelinesClient client,
        string pipeline
    )
    {
        var grid = (Grid)settings.Find(Keys.ParameterMap)!;
        var version = long.TryParse(reader.Text(Keys.PipelineVersion), CultureInfo.InvariantCulture, out var id)
            ? id
            : (long?)null;
        await TryAsync(
            grid,
            "The pipeline's parameters could not be read",
            async cancellation =>
            {
                var request = new DescribePipelineRequest { PipelineName = pipeline, PipelineVersionId = version };
                var described = await client.DescribePipelineAsync(request, cancellation);
                var parameters = PipelineDefinition.Parse(described.PipelineDefinition ?? "{}");
                var existing = ParameterMapGrid
                    .Read(grid.Value, out _)
                    .ToDictionary(row => row.Parameter, StringComparer.Ordinal);
                var rows = parameters.Select(parameter => Row(parameter, existing.GetValueOrDefault(parameter.Name)));
                grid.Value = ParameterMapGrid.Write(rows);
                grid.HelpText =
                    parameters.Count == 0
                        ? $"Pipeline '{pipeline}' declares no parameters; every event starts it as it is."
                        : "Map each parameter to an input attribute or a constant; leave both empty to keep its "
                            + "default.";
            }
        );
    }

    private static ParameterMapping Row(PipelineDefinitionParameter parameter, ParameterMapping? existing) =>
        new(parameter.Name, parameter.Type.ToString(), existing?.Attribute, existing?.Constant);

    private static Option VersionOption(PipelineVersionSummary version)
    {
        var id = version.PipelineVersionId!.Value.ToString(CultureInfo.InvariantCulture);
        var name = version.PipelineVersionDisplayName is { Length: > 0 } display ? $"{id} ({display})" : id;
        return new Option { DisplayMemeber = name, ValueMemeber = id };
    }
}
