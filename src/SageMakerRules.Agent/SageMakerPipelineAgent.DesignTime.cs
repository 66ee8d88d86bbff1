using SageMakerRules.Agent.DesignTime;
using SageMakerRules.Agent.Publishing;
using SageMakerRules.Agent.Rules;
using SageMakerRules.Agent.Settings;
using XMIoT.Framework.Settings.Enums;

namespace SageMakerRules.Agent;

public sealed partial class SageMakerPipelineAgent
{
    /// <inheritdoc />
    public string GetConfigurationTemplate(string template, IDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        try
        {
            return new TemplateRefresher(Host, Clients, _logger).Refresh(parameters);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The designer keeps the template it has; the failure is logged without values.
            Log.DesignTimeCallFailed(_logger, nameof(GetConfigurationTemplate), exception.GetType().Name);
            return template;
        }
    }

    /// <inheritdoc />
    public string[] Validate(IDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        try
        {
            return new SettingsValidator(Host, Clients, _logger).Validate(parameters);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Log.DesignTimeCallFailed(_logger, nameof(Validate), exception.GetType().Name);
            return [$"The settings could not be checked ({exception.GetType().Name}: {exception.Message}). Try again."];
        }
    }

    /// <inheritdoc />
    public IEnumerable<XMIoT.Framework.Attribute> GetInputAttributes(
        string endpoint,
        IDictionary<string, string> parameters
    )
    {
        ArgumentNullException.ThrowIfNull(parameters);

        var settings = AgentSettingsReader.Read(Host.Reader(parameters), []);
        using var rules = RuleLoader.Load(settings, []);
        return InputAttributes(rules.Rules);
    }

    /// <inheritdoc />
    public IEnumerable<XMIoT.Framework.Attribute> GetOutputAttributes(
        string endpoint,
        IDictionary<string, string> parameters
    )
    {
        if (endpoint != OutputEndpoint)
        {
            return [];
        }

        var inputs = ParentOutputs().Concat(GetInputAttributes(InputEndpoint, parameters));
        var passedOn = inputs
            .Where(attribute => !ResultFields.Contains(attribute.Name))
            .DistinctBy(attribute => attribute.Name, StringComparer.Ordinal);

        return passedOn.Concat(ResultFields.Attributes).ToList();
    }

    private static List<XMIoT.Framework.Attribute> InputAttributes(IReadOnlyList<IRule> rules) =>
        rules
            .SelectMany(rule => rule.Fields)
            .DistinctBy(field => field.Name, StringComparer.Ordinal)
            .Select(field => new XMIoT.Framework.Attribute(field.Name, TypeOf(field)))
            .ToList();

    private static Types TypeOf(RuleField field) =>
        field.IsArray
            ? Types.String
            : field.Type switch
            {
                FieldType.Bool => Types.Boolean,
                FieldType.Int => Types.Int,
                FieldType.Long => Types.Long,
                FieldType.Double or FieldType.Decimal => Types.Double,
                FieldType.DateTime => Types.DateTime,
                _ => Types.String,
            };
}
