namespace SageMakerRules.Agent.Rules;

public sealed partial class ParameterMapRule
{
    private RuleEvaluation Map(Func<string, EventScalar> read)
    {
        var parameters = new List<PipelineParameter>(_mappings.Count);
        foreach (var mapping in _mappings)
        {
            var error = MapOne(mapping, read, out var value);
            if (error is not null)
            {
                return RuleEvaluation.Invalid(error);
            }

            parameters.Add(new PipelineParameter(mapping.Parameter, value!));
        }

        var displayName = _displayName?.Render(name => read(name).Text);
        var request = new PipelineStartRequest(
            RuleName,
            Pipeline.Name,
            Pipeline.VersionId,
            displayName,
            Pipeline.Description,
            Pipeline.MaxParallelSteps,
            parameters
        );

        return RuleEvaluation.Matched(request, triggerKey: null, eventId: null);
    }

    private static EventError? MapOne(ParameterMapping mapping, Func<string, EventScalar> read, out string? value)
    {
        value = mapping.Constant;
        if (mapping.Attribute is { } attribute)
        {
            var scalar = read(attribute);
            var error = CheckType(mapping, attribute, scalar);
            if (error is not null)
            {
                return error;
            }

            value = scalar.Text!;
        }

        return value!.Length > MaxParameterLength ? TooLong(mapping, value.Length) : null;
    }

    private static EventError? CheckType(ParameterMapping mapping, string attribute, EventScalar scalar)
    {
        if (scalar.Kind is ScalarKind.Missing or ScalarKind.Null)
        {
            return new EventError(
                EventErrorKind.MissingField,
                attribute,
                Expected(mapping.Type),
                scalar.Describe(),
                $"Input attribute '{attribute}' is {scalar.Describe()}, but it is mapped to pipeline parameter "
                    + $"'{mapping.Parameter}'. Send the attribute in every event, or map a constant instead."
            );
        }

        if (Fits(mapping.Type, scalar.Kind))
        {
            return null;
        }

        return new EventError(
            EventErrorKind.WrongType,
            attribute,
            Expected(mapping.Type),
            scalar.Describe(),
            $"Input attribute '{attribute}' holds {scalar.Describe()}, but pipeline parameter "
                + $"'{mapping.Parameter}' ({mapping.Type}) needs {Expected(mapping.Type)}. "
                + "Fix the event or map another attribute."
        );
    }

    private static bool Fits(string parameterType, ScalarKind kind) =>
        parameterType.ToUpperInvariant() switch
        {
            "INTEGER" => kind == ScalarKind.Integer,
            "FLOAT" => kind is ScalarKind.Integer or ScalarKind.Number,
            "BOOLEAN" => kind == ScalarKind.Boolean,
            _ => kind is not ScalarKind.Structure,
        };

    private static string Expected(string parameterType) =>
        parameterType.ToUpperInvariant() switch
        {
            "INTEGER" => "a whole number",
            "FLOAT" => "a number",
            "BOOLEAN" => "true or false",
            _ => "a string, number or boolean",
        };

    private static EventError TooLong(ParameterMapping mapping, int length) =>
        new(
            EventErrorKind.InvalidParameter,
            mapping.Parameter,
            $"at most {MaxParameterLength} characters",
            $"{length} characters",
            $"The value for pipeline parameter '{mapping.Parameter}' has {length} characters; SageMaker accepts at "
                + $"most {MaxParameterLength}. Shorten the value of "
                + (mapping.Attribute is null ? "the constant." : $"input attribute '{mapping.Attribute}'.")
        );

    private List<RuleField> BuildFields()
    {
        var types = _mappings
            .Where(mapping => mapping.Attribute is not null)
            .GroupBy(mapping => mapping.Attribute!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => FieldTypeOf(group.First().Type), StringComparer.Ordinal);

        return _attributes
            .Order(StringComparer.Ordinal)
            .Select(name => new RuleField(
                name,
                types.GetValueOrDefault(name, FieldType.String),
                IsArray: false,
                IsOptional: false,
                "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)
            ))
            .ToList();
    }

    private static FieldType FieldTypeOf(string parameterType) =>
        parameterType.ToUpperInvariant() switch
        {
            "INTEGER" => FieldType.Long,
            "FLOAT" => FieldType.Double,
            "BOOLEAN" => FieldType.Bool,
            _ => FieldType.String,
        };
}
