using SageMakerRules.Generators.Model;

namespace SageMakerRules.Generators.Emission;

/// <summary>
/// Writes the parameter mapper that runs only for matching events: templates rendered in invariant culture, each
/// value created once as a string, checked against SageMaker limits only where a value can exceed them.
/// </summary>
internal static class MapperEmitter
{
    private const int MaxParameterValueLength = 1024;
    private const int MaxDescriptionLength = 3072;

    public static void Emit(CodeWriter writer, RuleModel rule, FieldModel? keyField, FieldModel? idField)
    {
        var locals = new MapperLocals();
        writer.Open("private static RuleEvaluation Map(in Values values, ReadOnlySpan<byte> source)");
        var pipeline = rule.Pipeline;
        var displayName = pipeline.DisplayName is null
            ? "null"
            : TemplateEmitter.EmitDisplayName(writer, pipeline.DisplayName, locals);
        writer.Line($"string? displayName = {displayName};");
        EmitDescription(writer, pipeline.Description, locals);
        var values = new string[rule.Parameters.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = EmitParameter(writer, rule.Parameters[i], i, locals);
        }

        EmitParameterArray(writer, rule, values);
        var key = keyField is null ? "null" : KeyText(writer, keyField, locals);
        var id = idField is null ? "null" : IdText(writer, idField, locals);
        writer.Line("var request = new PipelineStartRequest(");
        writer.Line($"    {CSharp.String(rule.Name)},");
        writer.Line("    s_pipeline.Name,");
        writer.Line("    s_pipeline.VersionId,");
        writer.Line("    displayName,");
        writer.Line("    description,");
        writer.Line("    s_pipeline.MaxParallelSteps,");
        writer.Line("    parameters);");
        writer.Line($"return RuleEvaluation.Matched(request, {key}, {id});");
        writer.Close();
    }

    private static void EmitDescription(CodeWriter writer, TemplateModel? template, MapperLocals locals)
    {
        var description = template is null ? "null" : TemplateEmitter.EmitText(writer, template, locals);
        writer.Line($"string? description = {description};");
        if (template is null || !CanExceed(template, MaxDescriptionLength))
        {
            writer.Line();
            return;
        }

        writer.Open("if (RuleText.CheckDescription(description) is { } descriptionError)");
        writer.Line("return RuleEvaluation.Invalid(descriptionError);");
        writer.Close();
        writer.Line();
    }

    /// <summary>Writes one parameter's value and its check; returns the expression of the value.</summary>
    private static string EmitParameter(CodeWriter writer, ParameterModel parameter, int index, MapperLocals locals)
    {
        var value = TemplateEmitter.EmitText(writer, parameter.Template, locals);
        if (parameter.Template.IsLiteral && !CanExceed(parameter.Template, MaxParameterValueLength))
        {
            return value;
        }

        writer.Line($"var value{index} = {value};");
        writer.Open(
            $"if (RuleText.CheckParameter({CSharp.String(parameter.Name)}, value{index}) is {{ }} error{index})"
        );
        writer.Line($"return RuleEvaluation.Invalid(error{index});");
        writer.Close();
        writer.Line();
        return $"value{index}";
    }

    private static void EmitParameterArray(CodeWriter writer, RuleModel rule, string[] values)
    {
        if (values.Length == 0)
        {
            writer.Line("var parameters = Array.Empty<PipelineParameter>();");
            return;
        }

        writer.Line("var parameters = new PipelineParameter[]");
        writer.Line("{");
        for (var i = 0; i < values.Length; i++)
        {
            writer.Line($"    new({CSharp.String(rule.Parameters[i].Name)}, {values[i]}),");
        }

        writer.Line("};");
    }

    /// <summary>Whether a rendered template can be longer than a limit (a literal is known at build time).</summary>
    private static bool CanExceed(TemplateModel template, int limit) =>
        !template.IsLiteral || TemplateEmitter.Literal(template).Length > limit;

    private static string KeyText(CodeWriter writer, FieldModel field, MapperLocals locals) =>
        IsText(field) ? $"({locals.Text(writer, field)} ?? string.Empty)" : "TriggerKey(in values, source)";

    private static string IdText(CodeWriter writer, FieldModel field, MapperLocals locals) =>
        IsText(field) ? locals.Text(writer, field) : "EventId(in values, source)";

    private static bool IsText(FieldModel field) => !field.Type.IsArray && field.Type.Kind == ValueKind.String;
}
