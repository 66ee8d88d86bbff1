using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace SageMakerRules.Cli.Validation;

/// <summary>
/// Reduces NJsonSchema's tree of validation errors to the violations a person should fix: an <c>allOf</c> failure
/// becomes the failures inside it, and a <c>oneOf</c> or <c>anyOf</c> failure becomes the failures of the one branch
/// whose type fits the value (a mapping for the long form of a field, text for the short form).
/// </summary>
internal static class SchemaViolations
{
    /// <summary>The most specific violations among <paramref name="errors"/>.</summary>
    /// <param name="errors">What the schema validator reported.</param>
    public static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(Flatten);

    private static IEnumerable<ValidationError> Flatten(ValidationError error)
    {
        if (error is not ChildSchemaValidationError child || child.Errors.Count == 0)
        {
            return [error];
        }

        if (error.Kind == ValidationErrorKind.NotAllOf)
        {
            return Flatten(child.Errors.Values.SelectMany(branch => branch));
        }

        var fitting = child
            .Errors.Values.Where(branch => branch.Count > 0 && !branch.Any(inner => IsTypeMismatchOf(inner, error)))
            .ToList();
        return fitting.Count == 1 ? Flatten(fitting[0]) : [error];
    }

    private static bool IsTypeMismatchOf(ValidationError inner, ValidationError outer) =>
        ReferenceEquals(inner.Token, outer.Token)
        && inner.Kind.ToString().EndsWith("Expected", StringComparison.Ordinal);

    /// <summary>Where the violation is in the file: the key for a key that is not allowed, else the value.</summary>
    /// <param name="error">A violation.</param>
    public static YamlPosition? PositionOf(ValidationError error)
    {
        var token = error.Token;
        if (error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed && token?.Parent is JProperty property)
        {
            token = property;
        }

        return token?.Annotation<YamlPosition>();
    }
}
