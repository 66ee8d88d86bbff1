using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>Writes the parameter mapper: templates rendered in invariant culture, checked against SageMaker limits.</summary>
internal static class MapperEmitter
{
    public static void Emit(CodeWriter writer, RuleModel rule, bool hasKey, bool hasId)
    {
        writer.Open("private static RuleEvaluation Map(in Values values, ReadOnlySpan<byte> source)");
        var pipeline = rule.Pipeline;
        var displayName = pipeline.DisplayName is null
            ? "null"
            : $"RuleText.SanitizeDisplayName({TemplateEmitter.Emit(pipeline.DisplayName)})";
        writer.Line($"string? displayName = {displayName};");
        writer.Line(
            $"string? description = {(pipeline.Description is null ? "null" : TemplateEmitter.Emit(pipeline.Description))};"
        );
        writer.Open("if (RuleText.CheckDescription(description) is { } descriptionError)");
        writer.Line("return RuleEvaluation.Invalid(descriptionError);");
        writer.Close();
        writer.Line();
        writer.Line($"var parameters = new PipelineParameter[{rule.Parameters.Count}];");
        for (var i = 0; i < rule.Parameters.Count; i++)
        {
            var parameter = rule.Parameters[i];
            var name = CSharp.String(parameter.Name);
            writer.Line($"var value{i} = {TemplateEmitter.Emit(parameter.Template)};");
            writer.Open($"if (RuleText.CheckParameter({name}, value{i}) is {{ }} error{i})");
            writer.Line($"return RuleEvaluation.Invalid(error{i});");
            writer.Close();
            writer.Line();
            writer.Line($"parameters[{i}] = new PipelineParameter({name}, value{i});");
        }

        writer.Line("var request = new PipelineStartRequest(");
        writer.Line($"    {CSharp.String(rule.Name)},");
        writer.Line("    s_pipeline.Name,");
        writer.Line("    s_pipeline.VersionId,");
        writer.Line("    displayName,");
        writer.Line("    description,");
        writer.Line("    s_pipeline.MaxParallelSteps,");
        writer.Line("    parameters);");
        var key = hasKey ? "TriggerKey(in values, source)" : "null";
        var id = hasId ? "EventId(in values, source)" : "null";
        writer.Line($"return RuleEvaluation.Matched(request, {key}, {id});");
        writer.Close();
    }
}
