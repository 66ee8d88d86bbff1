using System.Collections.Generic;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;

namespace SageMakerRules.Generators.Binding;

/// <summary>
/// Turns the located YAML of one rule file into a <see cref="RuleModel"/>, reporting every problem found.
/// </summary>
internal sealed partial class RuleBinder
{
    private static readonly string[] s_rootKeys =
    [
        "version",
        "name",
        "description",
        "pipeline",
        "event",
        "when",
        "match",
        "parameters",
        "trigger",
        "monitor",
    ];

    private readonly string _path;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;

    private RuleBinder(string path, string text, DiagnosticBag diagnostics)
    {
        _path = path;
        _text = text;
        _diagnostics = diagnostics;
    }

    /// <summary>Binds a parsed rule file; returns null when an error was reported.</summary>
    public static RuleModel? Bind(
        string path,
        string text,
        YamlValue root,
        DiagnosticBag diagnostics,
        out RuleName? name
    )
    {
        var binder = new RuleBinder(path, text, diagnostics);
        return binder.BindRoot(root, out name);
    }

    private RuleModel? BindRoot(YamlValue root, out RuleName? ruleName)
    {
        ruleName = null;
        var rule = MappingReader.Open(
            root,
            MappingReader.RootContext,
            _diagnostics,
            s_rootKeys,
            ["version", "name", "pipeline"],
            allowExtensions: true
        );
        if (rule is null)
        {
            return null;
        }

        CheckVersion(rule.Scalar("version"));
        var name = BindName(rule.Scalar("name"));
        ruleName = name is null ? null : new RuleName(name.Value, _path, name.Span);
        var fields = BindFields(rule.Node("event"));
        var scope = new BindingScope(fields);
        var pipeline = BindPipeline(rule.Node("pipeline"), scope);
        var condition = BindCondition(rule.Scalar("when"), scope);
        var match = rule.Node("match") is { } matchNode
            ? PatternStage.Compile(_text, matchNode, _path, _diagnostics)
            : null;
        var parameters = BindParameters(rule.Node("parameters"), scope);
        var trigger = BindTrigger(rule.Node("trigger"), scope);
        var monitor = BindMonitor(rule.Node("monitor"));
        if (_diagnostics.HasErrors || name is null || pipeline is null)
        {
            return null;
        }

        return new RuleModel(
            name.Value,
            rule.Scalar("description")?.Value,
            _path,
            pipeline,
            fields.ToEquatableArray(),
            condition,
            condition is null ? null : rule.Scalar("when")!.Value,
            match,
            parameters.ToEquatableArray(),
            trigger,
            monitor,
            scope.Regexes.ToEquatableArray()
        );
    }

    private void CheckVersion(YamlScalar? version)
    {
        if (version is not null && version.Value != "1")
        {
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedVersion, version.Span, version.Value);
        }
    }

    private YamlScalar? BindName(YamlScalar? name)
    {
        if (name is not null && !Names.IsIdentifier(name.Value))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidIdentifier, name.Span, "Rule name", name.Value);
            return null;
        }

        if (name is not null && Names.IsReservedRuleName(name.Value))
        {
            _diagnostics.Report(DiagnosticDescriptors.ReservedRuleName, name.Span, name.Value);
            return null;
        }

        return name;
    }

    private BoundExpression? BindCondition(YamlScalar? when, BindingScope scope)
    {
        if (when is null)
        {
            return null;
        }

        var bound = ExpressionCompiler.Compile(new ExpressionSource(when.Value, when), "when", scope, _diagnostics);
        if (bound is not null && bound.Type != TypeRules.Bool)
        {
            var span = new ExpressionSource(when.Value, when).Locate(0, when.Value.Length);
            _diagnostics.Report(
                DiagnosticDescriptors.TypeMismatch,
                span,
                "when",
                $"the condition must be bool but is {bound.Type}"
            );
            return null;
        }

        return bound;
    }

    private List<ParameterModel> BindParameters(YamlValue? node, BindingScope scope)
    {
        var parameters = new List<ParameterModel>();
        if (node is null)
        {
            return parameters;
        }

        if (node is not YamlMapping mapping)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.WrongNodeKind,
                node.Span,
                "parameters",
                "a mapping of parameter name to template"
            );
            return parameters;
        }

        if (mapping.Entries.Count > 200)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.TooManyParameters,
                mapping.Entries[200].Key.Span,
                mapping.Entries.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
        }

        foreach (var entry in mapping.Entries)
        {
            var parameter = BindParameter(entry, scope);
            if (parameter is not null)
            {
                parameters.Add(parameter);
            }
        }

        return parameters;
    }

    private ParameterModel? BindParameter(YamlEntry entry, BindingScope scope)
    {
        var name = entry.Key.Value;
        if (!Names.IsParameterName(name))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidParameterName, entry.Key.Span, name);
        }

        if (entry.Value is not YamlScalar value)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.WrongNodeKind,
                entry.Value.Span,
                "parameters." + name,
                "a template (text)"
            );
            return null;
        }

        var template = CheckLength(value, $"parameter '{name}'", MaxParameterValueLength, scope);
        return template is null ? null : new ParameterModel(name, template);
    }
}
