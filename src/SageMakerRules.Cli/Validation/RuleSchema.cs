using NJsonSchema;
using SageMakerRules.Compiler;

namespace SageMakerRules.Cli.Validation;

/// <summary>
/// The JSON Schema of rule files (<c>schemas/sagemaker-rules.schema.json</c>, carried inside the tool), applied to
/// a rule file the way an editor's YAML language server applies it.
/// </summary>
internal sealed class RuleSchema
{
    /// <summary>The diagnostic id of a schema violation (see docs/cli.md).</summary>
    public const string DiagnosticId = "SMR100";

    private const string ResourceName = "SageMakerRules.Cli.sagemaker-rules.schema.json";

    private readonly JsonSchema _schema;

    private RuleSchema(JsonSchema schema) => _schema = schema;

    /// <summary>Reads the schema embedded in the tool.</summary>
    public static async Task<RuleSchema> LoadAsync()
    {
        await using var stream =
            typeof(RuleSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The tool is missing its embedded schema '{ResourceName}'.");
        using var reader = new StreamReader(stream);
        return new RuleSchema(await JsonSchema.FromJsonAsync(await reader.ReadToEndAsync()));
    }

    /// <summary>The schema violations of one rule file, located at the YAML line and column.</summary>
    /// <param name="source">The rule file.</param>
    /// <remarks>A file that is not well-formed YAML has none here: the compiler reports where it breaks.</remarks>
    public IEnumerable<SchemaViolation> Validate(RuleSource source)
    {
        if (YamlToJson.TryConvert(source.Text) is not { } document)
        {
            return [];
        }

        return SchemaViolations
            .Flatten(_schema.Validate(document))
            .Select(error =>
            {
                var position = SchemaViolations.PositionOf(error) ?? new YamlPosition(1, 1, int.MaxValue);
                var diagnostic = new RuleDiagnostic(
                    source.Path,
                    position.Line,
                    position.Column,
                    DiagnosticId,
                    RuleDiagnosticSeverity.Error,
                    SchemaMessages.For(error)
                );
                return new SchemaViolation(diagnostic, position);
            });
    }
}
