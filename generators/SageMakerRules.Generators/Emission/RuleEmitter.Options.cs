using System.Linq;
using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>The rule's options as typed static values and the <c>IRule</c> properties that expose them.</summary>
internal static partial class RuleEmitter
{
    private static void EmitOptions(CodeWriter writer, RuleModel rule)
    {
        var pipeline = rule.Pipeline;
        writer.Line("private static readonly PipelineTarget s_pipeline = new(");
        writer.Line($"    {CSharp.String(pipeline.Name)},");
        writer.Line($"    {CSharp.Long(pipeline.VersionId)},");
        writer.Line($"    {CSharp.String(pipeline.DisplayName?.Text)},");
        writer.Line($"    {CSharp.String(pipeline.Description?.Text)},");
        writer.Line($"    {CSharp.Int(pipeline.MaxParallelSteps)});");
        writer.Line();
        var trigger = rule.Trigger;
        writer.Line("private static readonly TriggerOptions s_trigger = new(");
        writer.Line($"    KeyField: {CSharp.String(trigger.KeyField)},");
        writer.Line($"    IdField: {CSharp.String(trigger.IdField)},");
        writer.Line($"    Cooldown: {CSharp.Ticks(trigger.CooldownTicks)},");
        writer.Line($"    Edge: TriggerEdge.{(trigger.Rising ? "Rising" : "None")},");
        writer.Line($"    DebounceEvents: {CSharp.Int(trigger.DebounceEvents)},");
        writer.Line($"    DebounceDuration: {CSharp.Ticks(trigger.DebounceTicks)},");
        writer.Line($"    MaxRunningPerKey: {CSharp.Int(trigger.MaxRunningPerKey)},");
        writer.Line($"    MaxRunning: {CSharp.Int(trigger.MaxRunning)},");
        writer.Line($"    WhenBusy: BusyBehavior.{(trigger.Queue ? "Queue" : "Skip")},");
        writer.Line($"    QueueCapacity: {CSharp.Int(trigger.QueueCapacity)});");
        writer.Line();
        var monitor = rule.Monitor;
        writer.Line("private static readonly MonitorOptions s_monitor = new(");
        writer.Line($"    Wait: {CSharp.Bool(monitor.Wait)},");
        writer.Line($"    PollInterval: {CSharp.Ticks(monitor.PollIntervalTicks)},");
        writer.Line($"    Timeout: {CSharp.Ticks(monitor.TimeoutTicks)},");
        writer.Line($"    StopOnTimeout: {CSharp.Bool(monitor.StopOnTimeout)});");
        writer.Line();
        writer.Line("private static readonly RuleField[] s_fields =");
        writer.Line("[");
        foreach (var field in rule.Fields)
        {
            var arguments =
                $"{CSharp.String(field.Name)}, {CSharp.FieldType(field.Type.Kind)}, {CSharp.Bool(field.Type.IsArray)}, "
                + $"{CSharp.Bool(field.IsOptional)}, {CSharp.String(field.Pointer)}";
            writer.Line($"    new({arguments}),");
        }

        writer.Line("];");
        writer.Line();
        var names = string.Join(", ", rule.Parameters.Select(parameter => CSharp.String(parameter.Name)));
        writer.Line($"private static readonly string[] s_parameterNames = [{names}];");
        for (var i = 0; i < rule.Regexes.Count; i++)
        {
            writer.Line();
            writer.Line($"private static readonly Regex s_regex{i} = new(");
            writer.Line($"    {CSharp.String(rule.Regexes[i])},");
            writer.Line("    RegexOptions.CultureInvariant,");
            writer.Line("    TimeSpan.FromSeconds(1));");
        }
    }

    private static void EmitProperties(CodeWriter writer, RuleModel rule)
    {
        writer.Line("/// <summary>The shared instance; the rule holds no per-event state.</summary>");
        writer.Line($"public static {rule.Name} Instance {{ get; }} = new();");
        writer.Line();
        Property(writer, "string Name", CSharp.String(rule.Name));
        Property(writer, "string? Description", CSharp.String(rule.Description));
        Property(writer, "string SourcePath", CSharp.String(rule.SourcePath));
        Property(writer, "PipelineTarget Pipeline", "s_pipeline");
        Property(writer, "TriggerOptions Trigger", "s_trigger");
        Property(writer, "MonitorOptions Monitor", "s_monitor");
        Property(writer, "IReadOnlyList<RuleField> Fields", "s_fields");
        writer.Line("/// <inheritdoc />");
        writer.Line("public IReadOnlyList<string> ParameterNames => s_parameterNames;");
    }

    private static void Property(CodeWriter writer, string declaration, string value)
    {
        writer.Line("/// <inheritdoc />");
        writer.Line($"public {declaration} => {value};");
        writer.Line();
    }
}
