using System;
using SageMakerRules.Generators.Diagnostics;
using SageMakerRules.Generators.Model;
using SageMakerRules.Generators.Parsing;

namespace SageMakerRules.Generators.Binding;

/// <summary>The <c>pipeline:</c>, <c>trigger:</c> and <c>monitor:</c> sections.</summary>
internal sealed partial class RuleBinder
{
    private PipelineModel? BindPipeline(YamlValue? node, BindingScope scope)
    {
        if (node is null)
        {
            return null;
        }

        var pipeline = MappingReader.Open(
            node,
            "pipeline",
            _diagnostics,
            ["name", "version", "displayName", "description", "maxParallelSteps"],
            ["name"]
        );
        var name = pipeline?.Scalar("name");
        if (pipeline is null || name is null)
        {
            return null;
        }

        if (!Names.IsPipelineNameOrArn(name.Value))
        {
            _diagnostics.Report(DiagnosticDescriptors.InvalidPipelineName, name.Span, name.Value);
        }

        return new PipelineModel(
            name.Value,
            pipeline.Long("version", 1),
            CheckDisplayName(pipeline.Scalar("displayName"), scope),
            CheckLength(pipeline.Scalar("description"), "pipeline.description", MaxDescriptionLength, scope),
            pipeline.Integer("maxParallelSteps", 1)
        );
    }

    private TemplateModel? Template(YamlScalar? scalar, string context, BindingScope scope) =>
        scalar is null ? null : TemplateBinder.Bind(scalar, context, scope, _diagnostics);

    private TriggerModel BindTrigger(YamlValue? node, BindingScope scope)
    {
        var trigger = node is null
            ? null
            : MappingReader.Open(
                node,
                "trigger",
                _diagnostics,
                ["key", "id", "cooldown", "edge", "debounce", "concurrency"],
                []
            );
        if (trigger is null)
        {
            return TriggerModel.Default;
        }

        var edge = trigger.Scalar("edge");
        if (edge is not null && edge.Value is not ("rising" or "none"))
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidTrigger,
                edge.Span,
                "trigger.edge",
                $"'{edge.Value}' is not rising or none"
            );
        }

        var debounce = SubMapping(trigger, "debounce", ["events", "duration"]);
        var concurrency = SubMapping(trigger, "concurrency", ["perKey", "total", "whenBusy", "queueSize"]);
        var whenBusy = concurrency?.Scalar("whenBusy");
        if (whenBusy is not null && whenBusy.Value is not ("skip" or "queue"))
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidTrigger,
                whenBusy.Span,
                "trigger.concurrency.whenBusy",
                $"'{whenBusy.Value}' is not skip or queue"
            );
        }

        return new TriggerModel(
            KeyField(trigger.Scalar("key"), "trigger.key", scope),
            KeyField(trigger.Scalar("id"), "trigger.id", scope),
            trigger.Duration("cooldown"),
            edge?.Value == "rising",
            debounce?.Integer("events", 1),
            debounce?.Duration("duration"),
            concurrency?.Integer("perKey", 1),
            concurrency?.Integer("total", 1),
            whenBusy?.Value == "queue",
            concurrency?.Integer("queueSize", 1) ?? 100
        );
    }

    private MappingReader? SubMapping(MappingReader parent, string key, string[] keys) =>
        parent.Node(key) is { } node ? MappingReader.Open(node, parent.Path(key), _diagnostics, keys, []) : null;

    private string? KeyField(YamlScalar? scalar, string context, BindingScope scope)
    {
        if (scalar is null)
        {
            return null;
        }

        if (!scope.TryGetField(scalar.Value, out var field))
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidTrigger,
                scalar.Span,
                context,
                $"'{scalar.Value}' is not a field declared under event: (declared: {scope.DeclaredNames})"
            );
            return null;
        }

        if (field.Type.IsArray)
        {
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidTrigger,
                scalar.Span,
                context,
                $"field '{field.Name}' is an array ({field.Type}); use a scalar field"
            );
            return null;
        }

        return field.Name;
    }

    private MonitorModel BindMonitor(YamlValue? node)
    {
        var monitor = node is null
            ? null
            : MappingReader.Open(
                node,
                "monitor",
                _diagnostics,
                ["wait", "pollInterval", "timeout", "stopOnTimeout"],
                []
            );
        if (monitor is null)
        {
            return MonitorModel.Default;
        }

        var poll = monitor.Duration("pollInterval");
        if (poll is < TimeSpan.TicksPerSecond)
        {
            var span = monitor.Scalar("pollInterval")!.Span;
            _diagnostics.Report(
                DiagnosticDescriptors.InvalidMonitor,
                span,
                "monitor.pollInterval",
                "poll at most once per second (1s or more)"
            );
        }

        return new MonitorModel(
            monitor.Bool("wait", DiagnosticDescriptors.InvalidMonitor) ?? true,
            poll ?? MonitorModel.Default.PollIntervalTicks,
            monitor.Duration("timeout"),
            monitor.Bool("stopOnTimeout", DiagnosticDescriptors.InvalidMonitor) ?? false
        );
    }
}
